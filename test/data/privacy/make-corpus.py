# Writes the privacy corpus (personal-data.json, look-alikes.json) beside this file, with a fixed seed.
# Constructed values only: BSNs and IBANs are computed to pass their checks, names and numbers are made up.
# Run from the repository root: python3 test/data/privacy/make-corpus.py
import json, random
random.seed(20261130)

def bsn():
    while True:
        d=[random.randint(0,9) for _ in range(8)]
        s=sum((9-i)*x for i,x in enumerate(d))%11
        if s<10 and d[0]!=0: return ''.join(map(str,d))+str(s)

def iban(cc, bban):
    def num(s): return ''.join(str(int(c,36)) for c in s)
    chk=98-int(num(bban+cc+'00'))%97
    return f"{cc}{chk:02d}{bban}"

def group4(s, sep=' '): return sep.join(s[i:i+4] for i in range(0,len(s),4))
FW=str.maketrans('0123456789@.','０１２３４５６７８９＠．')
AR=str.maketrans('0123456789','٠١٢٣٤٥٦٧٨٩')

leads=['Bel mij gerust op {} als er vragen zijn.','Mijn nummer is {}.','Contact: {}','Ik ben bereikbaar via {} (ook in het weekend).','Stuur het rooster naar {} en dan regel ik het.','Neem contact op met de teamleider, {}, voor meer info.','Zie {}, daar staat alles.','Het gaat om {} maar dat mag niemand weten.']
def lead(v): return random.choice(leads).format(v)

personal=[]
def P(kind, value, text=None):
    personal.append({'kind':kind,'value':value,'text':text or lead(value)})

names=['jan','p.de.vries','marie-louise','a.bakker','k.el.idrissi','sanne.jansen','t.van.dijk','m.yilmaz','j.smit+rooster','info.team3']
domains=['zorggroep.nl','ggz-noord.nl','umc-utrecht.nl','thuiszorg.amsterdam','vvt.org','ziekenhuis.be','wijkteam.com','jeugdzorg-zuid.nl']
for i in range(12): P('email', f"{random.choice(names)}@{random.choice(domains)}")
for m in ['[at]','(at)','{at}','<at>','[AT]','(apenstaartje)',' [at] ',' (at) ',' @ ','@ ',' @',' at ']:
    P('email', f"{random.choice(names)}{m}{random.choice(domains)}")
for dm in ['[dot]','(dot)','(punt)',' [punt] ',' dot ',' . ']:
    n=random.choice(names); d=random.choice(domains).split('.')
    P('email', f"{n}@{d[0]}{dm}{d[1]}")
P('email','jan(at)zorggroep(punt)nl')
P('email','ＪＡＮ＠ＺＯＲＧＧＲＯＥＰ．ＮＬ')
P('email','jan＠zorggroep.nl')
P('email','j\u200b.smit@zorggroep.nl')
P('email','jan.smit@zorg\u00adgroep.nl')
P('email','josé.garcía@zorggroep.nl')
P('email','MARIE.JANSEN@UMC.NL')
P('email','jan@mail.zorggroep.nl', 'Mail naar (jan@mail.zorggroep.nl) of bel.')
P('email','t.bakker@zorggroep.nl','mailto:t.bakker@zorggroep.nl')
P('email','s.devries@wijkteam.com','E-mail:s.devries@wijkteam.com.')
P('email','hr_afdeling@zorggroep.nl')
P('email','a.el-amrani@ggz-noord.nl')
P('email','zorg.teamleider@ziekenhuis.be')
P('email','roosters%2024@vvt.org')

mob=['612345678','687654321','623456789','634567890','645678901','655566677','698765432','611122233']
def mobile(): return random.choice(mob)
fmts=[lambda n:'0'+n, lambda n:'06-'+n[1:], lambda n:'06 '+n[1:], lambda n:'06\u2013'+n[1:], lambda n:'06\u2014'+n[1:],
      lambda n:'06/'+n[1:], lambda n:'06 - '+n[1:], lambda n:'06 \u2013 '+n[1:], lambda n:'06.'+'.'.join([n[1:3],n[3:5],n[5:7],n[7:9]]),
      lambda n:'06 '+' '.join([n[1:3],n[3:5],n[5:7],n[7:9]]), lambda n:'06-'+n[1:5]+' '+n[5:], lambda n:'(06) '+n[1:],
      lambda n:'(06)'+n[1:], lambda n:'+31'+n, lambda n:'+31 '+n[0]+' '+n[1:], lambda n:'+31-'+n[0]+'-'+n[1:],
      lambda n:'+31 (0)'+n[0]+' '+n[1:], lambda n:'+31(0)'+n, lambda n:'0031 '+n[0]+' '+n[1:], lambda n:'0031'+n,
      lambda n:'+31 0'+n[0]+' '+n[1:], lambda n:'06\u2011'+n[1:], lambda n:'06\u2212'+n[1:], lambda n:'06\u00a0'+n[1:],
      lambda n:('0'+n).translate(FW), lambda n:('0'+n).translate(AR), lambda n:'06 '+n[1:5]+' '+n[5:],
      lambda n:'+31 6 '+n[1:5]+' '+n[5:], lambda n:'06-'+'-'.join([n[1:3],n[3:5],n[5:7],n[7:9]]), lambda n:'06 / '+n[1:]]
for f in fmts:
    P('phone', f(mobile()))
lands=[('020','1234567'),('010','4567890'),('030','2345678'),('070','3456789'),('050','5678901'),('0314','123456'),('0591','654321'),('043','3219876')]
lfmts=[lambda a,b:a+'-'+b, lambda a,b:a+' '+b[:3]+' '+b[3:] if len(b)==7 else a+' '+b[:2]+' '+b[2:4]+' '+b[4:], lambda a,b:a+' - '+b,
       lambda a,b:'('+a+') '+b, lambda a,b:'('+a+')'+b, lambda a,b:a+'/'+b, lambda a,b:a+'.'+b, lambda a,b:a+b, lambda a,b:a+'\u2013'+b,
       lambda a,b:a+' '+' '.join(b[i:i+2] for i in range(0,len(b)-1,2)) if len(b)==6 else a+' '+b[:3]+' '+b[3:5]+' '+b[5:]]
for f in lfmts:
    for _ in range(2):
        a,b=random.choice(lands); P('phone', f(a,b))
for v in ['0800-1234','0800 1234','0900-1234567','0900 123 45 67','0800-0223344','0906-1234']:
    P('phone', v)
for v in ['+44 20 7946 0958','+32 2 123 45 67','+49 30 12345678','+1 (555) 123-4567','+33 1 23 45 67 89','0044 20 7946 0958','0032 2 123 45 67','+32 470 12 34 56','+49-30-1234567','+90 212 123 45 67','+212 6 12 34 56 78','+597 123 4567']:
    P('phone', v)
for v in ['tel:0612345678','T: 020-1234567','tel. 06-87654321']:
    val=v.split(':')[-1].strip() if ':' in v else v.split(' ',1)[1]
    P('phone', val, f'Bereikbaar via {v} tussen 9 en 5.')

for i in range(40):
    b=bsn()
    g=i%10
    v=[b, b[:3]+' '+b[3:6]+' '+b[6:], b[:3]+'.'+b[3:6]+'.'+b[6:], b[:4]+'.'+b[4:6]+'.'+b[6:], b[:3]+'-'+b[3:6]+'-'+b[6:],
       b[:2]+'-'+b[2:4]+'-'+b[4:6]+'-'+b[6:], b[:3]+'-'+b[3:5]+'-'+b[5:], b.translate(FW), b[:3]+'\u2013'+b[3:6]+'\u2013'+b[6:], b[:4]+' '+b[4:6]+' '+b[6:]][g]
    P('bsn', v, random.choice(['Cliënt met BSN {} werd twee keer ingeschreven.','Het burgerservicenummer {} stond in het dossier.','Nummer {} klopte niet in het systeem.','BSN: {}.']).format(v))

banks=['ABNA','RABO','INGB','TRIO','ASNB','SNSB','KNAB','BUNQ']
for i in range(24):
    acct=''.join(str(random.randint(0,9)) for _ in range(10))
    ib=iban('NL', random.choice(banks)+acct)
    v=[ib, group4(ib), group4(ib).lower(), group4(ib,'-'), ib.lower(), group4(ib).replace(' ','\u00a0')][i%6]
    P('iban', v, random.choice(['Maak het over naar {} t.n.v. de personeelsvereniging.','Rekening {} is van mij.','IBAN: {}']).format(v))
for cc,bban in [('BE','539007547034'),('DE','370400440532013000'),('BE','068999999501'),('DE','500105175407324931')]:
    ib=iban(cc,bban); P('iban', group4(ib))
    P('iban', ib)

streets=['Dorpsstraat','Kerkweg','Stationsplein','Molenlaan','Herengracht','Havenkade','Julianasingel','Zeedijk','Lindenhof','Beukendreef']
for i,s in enumerate(streets):
    n=str(random.randint(1,250))+random.choice(['','a','b','-2',''])
    P('address', f'{s} {n}', f'Ze woont aan de {s} {n} in het dorp.')
pcs=['1234 AB','3511 KL','9712 GH','6211 RZ','5611 XC','2514 EA','7511 JN','8011 PK']
for i in range(16):
    pc=random.choice(pcs); n=str(random.randint(1,99))
    v=[pc+' '+n, pc.replace(' ','')+' '+n, pc+', '+n, pc.replace(' ','')+'-'+n, pc, pc.replace(' ',''), pc.replace(' ','').lower(), pc+' nr. '+n][i%8]
    P('address', v, f'Het adres is {v} en daar is de praktijk.')

urls=['https://intranet.zorggroep.nl/rooster?week=3','http://wijkteam.nl/medewerkers/jan','https://www.ggz-noord.nl/team/p-de-vries','www.zorggroep.nl/collega/marie','www.facebook.com/jan.smit.1983',
      'zorgnet.nl/rooster','rooster.zorggroep.nl/persoon/123','linkedin.com/in/sanne-jansen','teams.microsoft.com/l/meetup-join/abc','HTTPS://ZORG.NL/X',
      'bit.ly/3xYz12','drive.google.com/file/d/abc123/view','https://wijkteam.nl/a(b)','www.instagram.com/wijkzuster_ria','https://forms.office.com/r/AbC123',
      'example.amsterdam/~jan','docs.zorggroep.nl/protocol.pdf','https://zorggroep.nl','http://192.168.1.10/rooster','www.zorggroep.nl']
for u in urls:
    personal.append({'kind':'url','value':u,'text':random.choice(['Kijk op {} voor het rooster.','Zie {}.','Link: {}','Het staat op {}, helaas.']).format(u)})
for u in ['www.zorggroep.nl/collega/marie','zorgnet.nl/rooster']:
    personal.append({'kind':'url','value':u,'text':f'(zie {u})'})

look=[]
def L(t): look.append({'text':t})
for t in ['Op 12-03-2024 begon de nieuwe werkwijze.','Vanaf 1/3/2024 werken we anders.','Sinds 12.03.2024 is het rooster stabiel.','Per 2024-03-12 gaat het in.','Op 01-03-2024 10:00 was de start.','Vergadering 05-06-2024 om 14.00 uur.','Geldig van 01-01-2024 t/m 31-12-2024.','Op 3 maart 2024 kwamen we samen.','Datum: 07/11/23.','De pilot liep van 01.09.2023 tot 01.03.2024.','Van 02-01-2023 tot en met 30-06-2023.','Deadline 09-10-2025 17:00.','De evaluatie is op 06-05-2025.','Geboren in 08-1975 en nu 49.','Periode 2024KW04 en 2023JJ00.','Rond 20-12 is het altijd druk.','We starten 04-11 om 09:30.','Op 06-12-2024 12:00 uur, daarna lunch.','Vanaf 01-02-2025 08:00 geldt het nieuwe rooster.','Week 12-2024 was zwaar.']: L(t)
for t in ['De dienst begint om 07:30.','Van 08.30-12.30 en 13.00-17.00 uur.','Open 9-17 uur.','Nachtdienst van 23:00 tot 07:00.','Pauze om 12.15 uur.','Van 06:45-15:15.','Elke dag 08:00-16:30.','Van 07.00 tot 15.30 uur werken.','Overdracht om 14:45 en 22:45.','Bereikbaar 09.00-12.00 en 13.30-16.00.','Om 0.30 uur nog een ronde.','Tussen 06.00 en 08.00 uur is het druk.']: L(t)
for t in ['Het kost € 1.250 per maand.','Een budget van € 1.234.567 voor de regio.','Dat is €1250,- per persoon.','Totaal 1.234.567,89 euro.','Ongeveer 45.000 euro per jaar.','€ 123.456.789 voor de hele sector.','Een tekort van 2,5 miljoen euro.','Bonus € 500,-.','Prijs: EUR 1.999,95.','Het scheelt 10.000 tot 20.000 euro.','Kosten 123.456.782,- (begroting).','We besparen € 250.000 per jaar.','Een uurloon van € 17,45.','Salaris tussen € 2.500 en € 3.800.','Investering van 1,2 mld.']: L(t)
for t in ['Bijna 12% van de tijd gaat op aan registratie.','Het is 12,5% minder.','Wel 100 procent inzet.','Van 37,1% tot 61,0% per branche.','Een stijging van 3,5 procentpunt.','Maar 0,5% verzuim.','Het verzuim is 8,2%.','Nog 49,5 % vindt de werkdruk te hoog.']: L(t)
for t in ['Zorg is 24/7 nodig.','We werken 24/7 en 365 dagen per jaar.','Bereikbaar 24 uur per dag, 7 dagen per week.','Een 24/7-dienst is zwaar.']: L(t)
for t in ['In 2019 begonnen we.','Tussen 2019-2024 veranderde veel.','Sinds 2008 werk ik hier.','Het plan voor 2030.','In de jaren 2020 en 2021 was het druk.','Vanaf \'23 is het beter.','Jaren 1995-2005 waren anders.','Tussen 2015 en 2025.']: L(t)
for t in ['Ik werk 3 x per week.','2x per dag overdracht.','Elke 4 weken een intervisie.','5 x 8 uur is veel.','1 keer per maand overleg.','3x in de week.','Twee keer per jaar, 2 x 45 minuten.','Wel 10x per dienst.']: L(t)
for t in ['De ratio is 1:4 op de groep.','Eén op 8 bewoners.','Een verhouding van 1:12.','Score 8/10.','Ik geef het een 7,5.','Gemiddeld 4/5 sterren.','3/4 van het team.','Half/half verdeeld.','De verhouding 2:1 werkt.','Nog 1 op de 3 collega\'s.']: L(t)
for t in ['Versie 1.2.3 van de app.','Update naar v2.0.1.','Windows 10 en Office 365.','ECD versie 10.4.2.1 is traag.','Release 2024.1.','HiX 6.3 crasht.','iOS 17.4.1.','Nedap Ons 2.0.']: L(t)
for t in ['Ik zit in FWG 45.','Schaal 10 trede 5.','IG 55 volgens de CAO.','FWG 40 naar FWG 45.','CAO VVT 2024-2025.','Functiegroep 35, trede 12.','Schaal 8 tot schaal 10.','De CAO Gehandicaptenzorg 2023.','Inschaling in FWG 50 trede 3.','Trede 0 tot 14.']: L(t)
for t in ['We werken 36 uur per week.','Een contract van 0,8 fte.','Het 32-uurscontract bevalt.','Van 24 naar 32 uur.','Met 0,5 fte extra.','Gemiddeld 1,2 fte per client.','Een groep van 8 tot 12 kinderen.','Kinderen van 0-4 jaar.','Leeftijd 0 tot 4 jaar.','Jongeren van 18-23.','Ouderen 65+.','De 0-6 jarigen.']: L(t)
for t in ['Het gaat om 123456781 dossiers.','Nummer 1234567890 in de lijst.','Een getal van 9 cijfers: 111222334.','Registratienummer 987654321 bestaat niet.','Ordernummer 555666777.','Code 100200300.','Ticket 246813579.','Referentie 0000000.']: L(t)
for t in ['Postcodegebied 3511 is druk.','In regio 1234 en 5678.','De wijken 9712 en 9713.','Een bestand van 1500 MB.','We reden 2000 KM.','Auto van 1200 KG.','Een schijf van 2000 GB.','Het is 1000 KB.','Pc4-gebied 6211.','Wijk 5611 t/m 5616.']: L(t)
for t in ['Zorg en/of welzijn.','Met 50 km/u door de wijk.','Werk m.b.v. de app.','Van maandag t/m vrijdag.','I.v.m. de drukte.','Zie Thuisarts.nl voor uitleg.','Kijk op Zorgkaart.nl.','De site rijksoverheid.nl heeft info.','Via zorgvoorjeugd.nl vind je meer.','Het programma AZW.','cliënt-/medewerkertevredenheid.','Wij/zij-denken helpt niet.','De 1e/2e lijn.','Een 10-14-daagse.','Tweede helft 2024.','Jaar 1 t/m 4 van de opleiding.','Het BSN moet overal staan.','Het e-mailadres is niet bekend.','Ons 06-nummer werkt niet.','Bel de 0800-lijn als het moet.','@collega\'s: dank jullie!','Samen @ work is het motto.','Art. 7:453 BW geldt hier.','Volgens NEN 7510 en ISO 27001.','Wet BIG en Wgbo.','Covid-19 zorgde voor drukte.','ICD-10 code F32.1.','Kamer 0.12 op de begane grond.','Bed 3-12 is vrij.','Afdeling B2, kamer 214.','Route 66 naar huis.','Lijn 12 en lijn 6.','Gebouw A-12.','Hal 3, kamer 0.04.','NL 2030 ambitie.','Q4 2024 is druk.','Van K1 tot K4.','Met 3 à 4 collega\'s.','Ongeveer 100.000 ideeën.','Zo\'n 1.000.000 mensen werken in zorg en welzijn.','Meer dan 1,4 miljoen werknemers.','Nummer 06 op de lijst.','Fase 0 tot 3.','Niveau 4 en niveau 6.','Stap 1: luisteren.','Punt 2.3.1 van het protocol.','Paragraaf 4.2.','Hoofdstuk 12, pagina 345.','Protocol 2024/03.','Besluit 2023/1234.','Dossier 2024-000123.','Zaaknummer 2024-12345.','Factuur 2024.0001.','Het is 06.00 uur.','Tot 08:00 slapen.','Van 0 naar 100.','Nul komma nul.','1234 en 5678 zijn codes.','Drie keer 06 bellen.','0,25 fte per week.','Plus 0,5%.','Op 2 x 2 meter.','Maat 36-38.','Kamer 12a.','Huisnummer komt later.','De Dorpsstraat is mooi.','Aan de Kerkweg staat de kerk.','Straat 5 van het plan.','Laan 3 in het schema.']: L(t)
for t in ['Tijdens de 2e golf in 2020-2021.','Scores 7-8-9 waren gemiddeld.','Het rooster 5-2-5-2.','Dienst 7-15, 15-23, 23-7.','Van 06-22 uur open.','Ratio 1-4-8.','Tel 1-2-3.','Dagen 1-31.','Kerst 24-12 t/m 26-12.','Afspraak 10-10-2024 16:15.','06-2024 rapport.','Juni (06) en juli (07).','In de jaren 0-10.','Groep 0-3 in de kinderopvang.','Week 06 en week 07.','In 06/2024 gestart.','Versie 0.9.1-beta.','Nummer 0.123.456.','Code 0-0-0.','Fase 00-01.']: L(t)

# Dots written out in the name as well (added after the first version; kept last so the rest stays).
for v in ['jan dot smit at zorggroep dot nl','k [punt] de [punt] vries [at] umc [punt] nl','p (punt) jansen (at) ggz-noord (punt) nl','marie[dot]bakker[at]wijkteam[dot]com']:
    P('email', v)

# Names of people after a cue (audit 6, finding 8): the cue stays, the name becomes [naam].
# Kept last so the rest stays as it was.
for text, value in [
    ('Mevrouw Fatima El Amrani van de planning maakt het rooster altijd zonder ons te vragen.', 'Fatima El Amrani'),
    ('Mijn teamleider Joyce plant de overdracht altijd goed.', 'Joyce'),
    ('Volgens dokter Bakker is de wachtlijst te lang.', 'Bakker'),
    ('Ik heb dhr. de Vries gevraagd om mee te denken.', 'de Vries'),
    ('Meneer Jansen op kamer 12 wil vaker douchen.', 'Jansen'),
    ('Collega Sanne heeft een handig overdrachtsformulier gemaakt.', 'Sanne'),
    ('Bij mw. Van den Berg-Smit kost de zorg meer tijd dan gepland.', 'Van den Berg-Smit'),
    ('Anouk (onze planner) zet de diensten te laat in het systeem.', 'Anouk'),
    ('De heer Van der Linden klaagt elke dag over het eten.', 'Van der Linden'),
    ('Onze manager Peter de Jong luistert niet naar het team.', 'Peter de Jong'),
    ('Zuster Anna werkt al dertig jaar op de afdeling.', 'Anna'),
    ('Broeder Thomas regelt de nachtdiensten.', 'Thomas'),
    ('Mevr. Yilmaz wacht vaak lang op hulp bij het opstaan.', 'Yilmaz'),
    ('Ik sprak met dr. Ter Horst over de medicatie.', 'Ter Horst'),
    ('Leidinggevende Marieke is nooit bereikbaar in het weekend.', 'Marieke'),
    ('De cliënt Henk wil graag zelf koken.', 'Henk'),
    ('Bewoner Kees zit de hele dag alleen op zijn kamer.', 'Kees'),
    ('Mw Özdemir krijgt te weinig tijd voor de wasbeurt.', 'Özdemir'),
    ('Dhr. J. Pietersen belt elke avond de centrale.', 'J. Pietersen'),
    ('Mevrouw A.B. de Wit heeft een klacht ingediend.', 'A.B. de Wit'),
    ("Met meneer van 't Hof gaat het steeds slechter.", "van 't Hof"),
    ('Mijn collega Lotte van Dijk doet de scholing.', 'Lotte van Dijk'),
    ('Teamleider Mohammed Al Idrissi heeft het rooster omgegooid.', 'Mohammed Al Idrissi'),
    ("Bij dokter O'Neill kun je altijd terecht.", "O'Neill"),
    ('De planner Ingrid zet mij steeds op de late dienst.', 'Ingrid'),
    ('Onze coördinator Jan-Willem Bos organiseert de intervisie.', 'Jan-Willem Bos'),
    ('Mevrouw Çelik wil een vaste verzorgende.', 'Çelik'),
    ('Patiënt Bram moest drie uur wachten op de SEH.', 'Bram'),
    ('Ik heb de huisarts Verbeek gebeld, maar hij was er niet.', 'Verbeek'),
    ('Meneer de Graaf wil niet dat we zijn dochter bellen.', 'de Graaf'),
    ('Juf Fleur leest elke ochtend voor op de groep.', 'Fleur'),
    ('Directeur Van Leeuwen bezuinigt op de schoonmaak.', 'Van Leeuwen'),
    ('De manager, dhr. El Khatib, komt nooit op de afdeling.', 'El Khatib'),
    ('Mevrouw Van Dam-de Boer mag niet alleen douchen.', 'Van Dam-de Boer'),
    ('Stagiaire Noor doet het beter dan menig vaste kracht.', 'Noor'),
    ('Volgens zuster Margriet van der Heijden is het protocol verouderd.', 'Margriet van der Heijden'),
    ('Bewoonster Truus (92) zingt elke middag.', 'Truus'),
    ('Ik vroeg mevrouw Ahmadi of ze iets wilde drinken.', 'Ahmadi'),
    ('Mijnheer Dekker kan niet meer zelf eten.', 'Dekker'),
    ('Onze teamleidster Esther de Bruijn-Kok regelt alles.', 'Esther de Bruijn-Kok'),
    ('Mantelzorger Wim komt elke dag helpen.', 'Wim'),
    ("Meneer D'Souza heeft geen familie meer.", "D'Souza"),
    ('De begeleider Rachid neemt de tijd voor de jongeren.', 'Rachid'),
    ('Ook collega Sophie Ter Steege vond het een goed idee.', 'Sophie Ter Steege'),
    ('Mevrouw\u00a0Jansen wil eerder naar bed.', 'Jansen'),
    ('De heer Ben Ali krijgt thuiszorg.', 'Ben Ali'),
    ('Verpleegkundige Ilse van den Broek heeft het voorstel geschreven.', 'Ilse van den Broek'),
    ('Volgens de leidinggevende Ruud zijn er genoeg handen.', 'Ruud'),
    ('Cliënt Mevlüt Kaya heeft een nieuwe rolstoel nodig.', 'Mevlüt Kaya'),
    ('Ik heb prof. Hendriks om advies gevraagd.', 'Hendriks'),
    ('mw. van Beek-Jansen gaat naar het verpleeghuis.', 'van Beek-Jansen'),
    ('Onze roosteraar Dewi plant zonder overleg.', 'Dewi'),
    ('De buurvrouw Mieke belt ons als er iets is.', 'Mieke'),
    ('Sanne (collega) heeft het overdrachtsformulier bedacht.', 'Sanne'),
    ('Volgens Karin de Boer (mijn leidinggevende) kan dat niet.', 'Karin de Boer'),
    ('Mevrouw Smit-van der Meer krijgt te laat haar medicatie.', 'Smit-van der Meer'),
    ('In \u2019t kort: meneer Ünal wil vaker naar buiten.', 'Ünal'),
    ('DE CLIËNT: bewoner Gerrit wil zelf zijn kleren kiezen.', 'Gerrit'),
]:
    P('name', value, text)

# Look-alikes of names: capitalised words without a cue, and cues without a name.
for t in ['Mevrouw, u moet even wachten tot de dienst begint.','Mevrouw zei dat ze geen pijn had.','Meneer wil graag koffie.',
          'In Utrecht werken we anders dan in Zwolle.','Gisteren belde een collega uit Amsterdam.','De teamleider in Rotterdam regelt dat.',
          'Mijn collega werkt in Groningen.','Onze planner gebruikt Excel voor het rooster.','De heer des huizes wil het anders.',
          'Dokter worden was mijn droom.','Mijn teamleider zei dat het goed was.','Collega\'s van de avonddienst helpen mee.',
          'De manager Zorg en Welzijn neemt het besluit.','Onze teamleider Wonen heeft het rooster gemaakt.','Een collega Verpleegkunde volgt de opleiding.',
          'Bid tot de Heer om kracht.','Dank God dat de dienst voorbij is.','Bewoner Maandag naar de dagbesteding, dinsdag thuis.',
          'De cliënt WhatsApp sturen mag niet.','Onze collega Nedap-specialist helpt bij vragen.','Met de manager Bedrijfsvoering overleggen we elk kwartaal.',
          'De manager Zorggroep Noord besliste het.','Verzorgende IG is een mooi vak.','Een verpleegkundige Specialist GGZ ziet de cliënt.',
          'Zie voor de cliënt Thuisarts.nl of de folder.','Cliënt Centraal is ons motto.','Een bewoner Covid-positief betekent extra werk.',
          'Met een patiënt Engels praten is lastig.','Vrijwilliger Humanitas helpt ons op zaterdag.','Onze manager Amsterdam-Noord komt langs.',
          'Dokter Google weet alles beter.','De cliënt A kreeg een andere tijd dan cliënt B.','Mevrouw van de planning belt morgen terug.',
          'Meneer de pastoor komt op zondag.','Collega van de thuiszorg belde.','Zuster van dienst is er om acht uur.',
          'Zorggroep Noord en Wijkteam Zuid werken samen.','Maandag begint de nieuwe planner.','Een teamleider Thuiszorg heeft het zwaar.',
          'De planner. Daarna de rest van het team.','ECD en Nedap Ons zijn traag.','Het Rode Kruis helpt in de wijk.',
          'Onze leidinggevende ICT kijkt ernaar.','Juni en juli zijn voor de planner Januari al gepland.','Mijn collega (de planner) is ziek.',
          'De cliënt Zonnehuis verhuist.','Een begeleider Dagbesteding heeft andere taken.','Zuster, kunt u even komen?',
          'Vraag de manager Personeelszaken om uitleg.','De heer is goed, zeggen de bewoners.']:
    L(t)

# Review of the name masking (s24, findings 1, 2, 6), kept last so the rest stays.
# Title-case job titles: a role word and a field of care, a department or a client group, not a name.
for t in ['Verpleegkundige Oncologie','Verzorgende Thuiszorg','Begeleider Participatie','Verpleegkundige Intensive Care',
          'Coördinator Vrijwilligers','Manager Zorg','Directeur Bedrijfsvoering','Teamleider Nacht','Begeleider Dagbesteding',
          'Verpleegkundige Geriatrie','Verpleegkundige Dialyse','Manager Behandelzaken','Coördinator Kwaliteit','Mentor Jongeren',
          'Begeleider Beschermd Wonen','Manager Facilitaire Zaken','Verpleegkundige Neonatologie','Begeleider Jeugdhulp',
          'Cliënt Vertrouwenspersoon','Directeur Zorg','Bestuurder Humanitas','Manager Operations','Planner Zorg en Welzijn',
          'Verpleegkundige Wondzorg','Verpleegkundige Kindergeneeskunde','Begeleider Autisme','Verpleegkundige Palliatieve Zorg',
          'Verzorgende Woonzorgcentrum','Manager HR','Manager Financiën','Directeur Zorgvastgoed','Stagiair Verpleegkunde',
          'Leerling Verpleegkundige','Verpleegkundige Wijkverpleging','Coördinator Mantelzorg','Verpleegkundige Cardiologie',
          'Huisarts Noord','Bewoner Dementie','Verpleegkundige Specialist','Manager Wonen Vught','Begeleider Wonen',
          'Ik werk als Verpleegkundige Oncologie en de werkdruk is hoog.','Onze Coördinator Vrijwilligers plant de inzet.',
          'Als Begeleider Jeugdhulp zie ik veel wachtlijsten.','De Manager Behandelzaken besliste het zonder ons.',
          'Mijn collega Verpleegkundigen zijn altijd moe.','Een arts Verstandelijk Gehandicapten komt langs.']:
    L(t)
# Sentences without their full stop: after a role word a clause goes on, no name.
for t in ['ik ben verpleegkundige Elke dag rennen','ik werk als verzorgende Wij hebben te weinig tijd',
          'ik ben begeleider Onze bewoners verdienen meer','als teamleider Wil ik meer tijd','Beste manager Neem ons serieus',
          'ik ben stagiair Niemand helpt mij','De client Heeft recht op rust','Voor elke bewoner Een vaste begeleider',
          'Als mantelzorger Ervaar ik weinig steun','ik ben verpleegkundige Het is te druk','Als cliënt Wil je gehoord worden.',
          'Onze manager Staat nooit op de vloer.','Vraag het aan de planner Als die er is.','De cliënt Vindt het fijn.',
          'Elke bewoner Heeft recht op aandacht.','Als collega Help je elkaar.','Ik werk als begeleider Bij Cordaan.',
          'collega Ook jij?','Onze teamleider Deze week is hij er niet.','Geen tijd. Collega Zorgt voor koffie.',
          'Zorg dat de leerling Begeleiding krijgt.','De stagiair Leert veel.','Verpleegkundige Vragen blijven liggen.',
          'Als verzorgende Werk ik in de nacht.','Geef de cliënt Regie over zijn eigen zorg.','Vraag de bewoner Zelf wat hij wil.',
          'Ik ben verzorgende Niveau 3.','Mijn collega\'s zijn top, echt.','Aan de teamleider, Zorg dat het rooster klopt.']:
    L(t)
# Names in forms the first version missed (finding 6); `values`: every name in the text, in order.
for text, values in [
    ("collega's Sanne en Joyce doen het rooster.", ['Sanne', 'Joyce']),
    ('mijn teamleider, Joyce, luistert niet.', ['Joyce']),
    ('Volgens zr. Annemiek is de nachtdienst te zwaar.', ['Annemiek']),
    ('Onze zorgcoördinator Petra plant alles.', ['Petra']),
    ('De dienstdoende arts Van Leeuwen kwam pas na een uur.', ['Van Leeuwen']),
    ('Ik werk met collega Mohammed, Fatima en Sanne in de nacht.', ['Mohammed', 'Fatima', 'Sanne']),
    ('Als teamleider Wil de Boer het zegt, gebeurt het.', ['Wil de Boer']),
]:
    personal.append({'kind': 'name', 'value': values[0], 'values': values, 'text': text})

# Review of the name masking: a field word as a later name part (`Wijk`, `Arts`, `Loon`) is a surname,
# not the rest of a job title (the title rule holds for the first part after the role word only).
for text, values in [
    ('collega Sanne van Loon', ['Sanne van Loon']),
    ('collega Sanne van Wijk', ['Sanne van Wijk']),
    ('Teamleider Mark Arts', ['Mark Arts']),
    ('Collega Petra Wijk', ['Petra Wijk']),
]:
    personal.append({'kind': 'name', 'value': values[0], 'values': values, 'text': text})

# Review of the name masking (s25): a surname that ends like a field word (`Verhulp`: `-hulp`) after a
# first name or alone after a role word; a title whose first part is an adjective (`Algemene
# Ziekenhuizen`). Written before the masker was changed for them.
for text, values in [
    ('collega Sanne Verhulp', ['Sanne Verhulp']),
    ('Teamleider Verhulp heeft het rooster gemaakt.', ['Verhulp']),
    ('Onze planner Ria Verhulp-Bakker maakt de diensten.', ['Ria Verhulp-Bakker']),
    ('Mijn collega Joyce Verzorg werkt al jaren in de nacht.', ['Joyce Verzorg']),
    ('Bewoner Henk Ophulp wil vaker naar buiten.', ['Henk Ophulp']),
]:
    personal.append({'kind': 'name', 'value': values[0], 'values': values, 'text': text})
for t in ['Verpleegkundige Algemene Ziekenhuizen','Ik werk als Verpleegkundige Acute Zorg.',
          'Coördinator Algemene Zaken','Verpleegkundige Intensieve Zorg','Teamleider Acute Psychiatrie',
          'Begeleider Ambulante Hulpverlening','Manager Centrale Diensten','Verpleegkundige Gesloten Afdeling',
          'Begeleider Complexe Zorg','Verpleegkundige Eerste Hulp','Verpleegkundige Urologie',
          'Begeleider Sociale Zaken','Verzorgende Algemene Ouderenzorg','Manager Openbare Geestelijke Gezondheidszorg']:
    L(t)

# Audit 9, finding 1 (s27): names in sign-offs and self-introductions. The `audit-9` cases are the
# audit's own lines (tests/files/namen.csv and nieuw-ideeen.csv of the audit), written by another hand
# than the masker's: held out, never used to tune it. `also`: items of another kind in the same text.
def A(kind, values, text, also=()):
    personal.append({'kind': kind, 'value': values[0], 'values': values, 'text': text, 'source': 'audit-9',
                     **({'also': [{'kind': k, 'value': v} for k, v in also]} if also else {})})
A('name', ['Sanne Bakker'], 'Groetjes, Sanne Bakker. Ik vind dat de overdracht korter kan.')
A('name', ['Petra Jansen'], 'Met vriendelijke groet, Petra Jansen')
A('name', ['Ahmed El Amrani'], 'Ik ben Ahmed El Amrani en werk al tien jaar op de groep; de roosters komen steeds later.')
A('name', ['Karin Smit'], 'Mijn teamleider Karin Smit luistert nooit naar ons.')
A('email', ['p.jansen@zorginstelling.nl'], 'Mail me op p.jansen@zorginstelling.nl of bel 0612345678.', [('phone', '0612345678')])
A('name', ['Wilma'], 'Op locatie De Zonnebloem in Apeldoorn is het elke nacht onderbezet. - Wilma')
A('name', ['Jan-Willem van der Berg'], 'Dit idee komt van Jan-Willem van der Berg (Verzorgende IG, Zorggroep Oost).')
A('name', ['Hendriks'], "Bewoner mevr. Hendriks op kamer 12 valt steeds, omdat er 's nachts niemand is.")
A('name', ['Jannie de Vries'], 'Bel me gerust op 06-12345678 als je mee wilt denken, groet van Jannie de Vries.', [('phone', '06-12345678')])
for t in ['In de nachtdienst sta ik er alleen voor met dertig bewoners. Een tweede collega op de gang zou veel onrust schelen.',
          'Ik schrijf alles drie keer op: in het zorgleefplan, in de rapportage en op het overdrachtsbriefje. Eén keer zou genoeg moeten zijn.',
          'Als ik aangeef dat het te druk is, wordt er niet naar me geluisterd. Ik voel me niet gehoord door het management.']:
    look.append({'text': t, 'source': 'audit-9'})

# Sign-offs, greetings, self-introductions and attributions (s27), written by the masker's hand before
# the masker was changed for them, with look-alikes that must stay.
def S(values, text):
    personal.append({'kind': 'name', 'value': values[0], 'values': values, 'text': text, 'source': 's27'})
for text, values in [
    ('Groeten, Marloes', ['Marloes']),
    ('Het nieuwe rooster werkt niet voor de nacht.\nMet vriendelijke groet,\nRuud van Ommen', ['Ruud van Ommen']),
    ('Mvg, Thijs Oosterhuis', ['Thijs Oosterhuis']),
    ('Hartelijke groet, Fenna Postma-de Jong', ['Fenna Postma-de Jong']),
    ('Meer tijd voor de bewoners graag. Liefs, Naima', ['Naima']),
    ('Doei! Groetjes van Lieke', ['Lieke']),
    ('Namens Gerda en Yusuf: meer handen aan het bed.', ['Gerda', 'Yusuf']),
    ('Mijn naam is Rutger Vos en ik werk in de wijk.', ['Rutger Vos']),
    ('Ik heet Dilan en ik ben leerling.', ['Dilan']),
    ('Ik ben Bart-Jan, verzorgende in de nacht.', ['Bart-Jan']),
    ('Dit is Esra Yildiz van team Noord.', ['Esra Yildiz']),
    ('Dit idee is van de hand van Marjolein ter Beek.', ['Marjolein ter Beek']),
    ('Ingestuurd door Kees-Jan Mulder', ['Kees-Jan Mulder']),
    ('Meer overleg over de planning graag. - Femke', ['Femke']),
    ('Te weinig pauze in de avond.\nNicole', ['Nicole']),
    ('Geef ons een vaste invalpool. Joost Hermans', ['Joost Hermans']),
    ('Beste Ingrid, het rooster klopt weer niet.', ['Ingrid']),
    ('Hoi Sem, kun je de overdracht doen?', ['Sem']),
    ('Met vriendelijke groet, Zeynep El Idrissi', ['Zeynep El Idrissi']),
    ('Gr. Wouter', ['Wouter']),
    ('Hoogachtend, mw. J. Kramer', ['J. Kramer']),
    ('Het voorstel komt van Tessa Brouwer uit de thuiszorg.', ['Tessa Brouwer']),
    ('Groetjes, Anouk B.', ['Anouk B']),
    ('Alvast bedankt, Sietske', ['Sietske']),
    ('Met vriendelijke groet, Hendrik-Jan de Wit', ['Hendrik-Jan de Wit']),
    ('Ik ben Mirjam en ik werk al twintig jaar in de gehandicaptenzorg.', ['Mirjam']),
    ('Groet,\n\nAstrid Smulders', ['Astrid Smulders']),
    ('Liefs, Bo', ['Bo']),
    ('Dit voorstel is geschreven door Wendy Kuipers (verpleegkundige).', ['Wendy Kuipers']),
    ('Met Vriendelijke Groet, Gijs', ['Gijs']),
]:
    S(values, text)
for t in ['Ik ben verpleegkundige en werk in de nacht.','Ik ben moe na drie nachten.','Ik ben Verpleegkundige in een verpleeghuis.',
          'Groet van de teamleider en de planner.','Het geld komt van de gemeente.','Het idee komt van de werkvloer.',
          'Dit is Nederland, hier praten we erover.','Rooster, pauzes, overdracht - Werkdruk','Te veel administratie - Werkdruk',
          'Groeten uit Zwolle en Deventer.','Met vriendelijke groet, het nachtteam','Met vriendelijke groet, Zorggroep Oost',
          'Namens de ondernemingsraad: meer inspraak.','Namens Humanitas doen vrijwilligers dit.','Hallo allemaal, wij willen meer overleg.',
          "Beste collega's, let op de overdracht.",'Lieve Mensen, denk aan de pauze.','Dit is Geen oplossing voor de werkdruk.',
          'Ik ben Elke dag moe.','Het voorstel komt van De Zonnebloem.','Minder vergaderen.\nWerkdruk','Minder vergaderen.\nMeer Tijd',
          "Meer collega's op de vloer. Bedankt!",'Meer handen aan het bed. Succes!','Het rooster is te laat. Planning',
          'Groetjes en tot morgen.','Ik heet u van harte welkom.','Mijn naam is niet belangrijk.','De pauze - Nachtdienst',
          'Ik ben Nederlander en werk in Duitsland.','De nieuwe bewoner komt van Curaçao.','Ingediend door het team van locatie Noord.',
          'Doei werkdruk, hallo rust.','Hoi, ik ben nieuw hier.','Met vriendelijke groet, Team Oost','Groeten van het Rode Kruis.',
          'Dit is Zorg met een hoofdletter.','Beste Manager, neem ons serieus.','Namens Cliëntenraad Zuid.','Liefs, Oma',
          'Meer rust op de groep. Dank!','Groetjes, de Nachtdienst','Het rooster - Overdracht - Pauzes','Ik ben Helpende Plus.',
          'Hallo Allemaal, let op.','Geschreven door de werkgroep Werkdruk.','Minder regels.\n\nWerkgroep Vitaliteit']:
    look.append({'text': t, 'source': 's27'})

# Review 27 (s27): the reviewer's probes of the sign-off masker, written by the reviewer, not by the
# masker's hand; held apart in the per-source figures.
def R(values, text):
    personal.append({'kind': 'name', 'value': values[0], 'values': values, 'text': text, 'source': 'review-27'})
for text, values in [
    ('Mvg W. de Vries', ['W. de Vries']),
    ('Mvg, J. Jansen', ['J. Jansen']),
    ('Groetjes, S. de Vries', ['S. de Vries']),
    ('Met vriendelijke groet, de Vries', ['de Vries']),
    ('Ik ben de Wit en ik werk hier.', ['de Wit']),
    ('Mijn naam is de Wit.', ['de Wit']),
    ('Gr Sanne', ['Sanne']),
    ('Groetjes, sanne', ['sanne']),
    ('groetjes wilma', ['wilma']),
    ('Met vriendelijke groet,\n\n\n\n\nPetra de Wit', ['Petra de Wit']),
    ('Het rooster is onderbezet.\nSanne :)', ['Sanne']),
    ('Het rooster is onderbezet. - Sanne :)', ['Sanne']),
    ('Het rooster is onderbezet.\nSanne, verpleegkundige', ['Sanne']),
    ('Groetjes, Sanne B', ['Sanne B']),
]:
    R(values, text)
for t in ['Beste Zorgverleners, doe mee.','Beste Praktijk: let op.','Beste Wensen voor iedereen','Hoi Ouders, welkom.',
          'Liefs, Jullie Collega','Lieve Vrede','Ik ben Moe','ik ben Blij met het nieuwe rooster','Ik ben Ziek geweest',
          'Ik ben Jong','Ik ben Christelijk','Ik ben Zorgmedewerker','Meer rust. Fijne Feestdagen','Vrolijk Kerstfeest',
          'Hartelijk Dank','Gezonde Werkvloer!','Dit is Echt Nodig!']:
    look.append({'text': t, 'source': 'review-27'})

# Session 28 (s28): the known misses of session 27 — names in capitals, a sign-off glued by
# punctuation, an unlisted first name after `ik ben`, later mentions of a name a cue introduced — and
# other variants, written by the masker's hand before a held-out set (held-out-28, below) was scored.
def S28(values, text):
    personal.append({'kind': 'name', 'value': values[0], 'values': values, 'text': text, 'source': 's28'})
for text, values in [
    ('GROETJES, SANNE BAKKER', ['SANNE BAKKER']),
    ('Meer handen aan het bed!\nMET VRIENDELIJKE GROET,\nPETRA DE WIT', ['PETRA DE WIT']),
    ('Groetjes, MARLOES', ['MARLOES']),
    ('MVG J. JANSEN', ['J. JANSEN']),
    ('Ik heb het gevraagd aan dhr. JANSEN maar hij weet het niet.', ['JANSEN']),
    ('Mevrouw DE VRIES van de planning belt terug.', ['DE VRIES']),
    ('IK BEN FATIMA EN IK WERK IN DE NACHT.', ['FATIMA']),
    ('MIJN NAAM IS KEES VAN DER BERG.', ['KEES VAN DER BERG']),
    ('Groetjes.Sanne', ['Sanne']),
    ('Mvg,Thijs Oosterhuis', ['Thijs Oosterhuis']),
    ('Met vriendelijke groet.Petra de Wit', ['Petra de Wit']),
    ('Groetjes...Lieke', ['Lieke']),
    ('Liefs xx Naima', ['Naima']),
    ('Groetjes :) Femke', ['Femke']),
    ('Ik ben Yara en ik werk op de PG.', ['Yara']),
    ('Hoi, ik ben Aylin!', ['Aylin']),
    ('Ik ben Sevda, 34 jaar en helpende.', ['Sevda']),
    ('Collega Sanne Bakker bedacht het. Sanne werkt hier al tien jaar.', ['Sanne Bakker', 'Sanne']),
    ('Mevrouw Jansen belde gisteren. Jansen wil een ander rooster.', ['Jansen', 'Jansen']),
    ('Beste Ingrid, het rooster klopt niet. Ingrid, kun je kijken?', ['Ingrid', 'Ingrid']),
    ('Groetjes, Sanne Bakker\nPS: Bakker is mijn meisjesnaam.', ['Sanne Bakker', 'Bakker']),
    ('Teamleider Joyce zegt nee, maar Joyce heeft ook geen tijd.', ['Joyce', 'Joyce']),
    ('Mijn teamleider heet Anouk de Graaf.', ['Anouk de Graaf']),
    ('De planner is Joyce en zij doet haar best.', ['Joyce']),
    ('Vriendelijke groet van Hanneke Smit, teamleider', ['Hanneke Smit']),
    ('Groetjes Sanne (verpleegkundige)', ['Sanne']),
    ('Hgr, Wouter', ['Wouter']),
    ('Tot ziens, Marieke', ['Marieke']),
    ('Dank je, Esther, voor het idee.', ['Esther']),
    ('Verstuurd door Ruud van Ommen', ['Ruud van Ommen']),
    ('Met dank aan Tessa Brouwer voor het meedenken.', ['Tessa Brouwer']),
    ('Groetjes uit de nachtdienst, Nicole', ['Nicole']),
    ('Namens het hele team, Gerda', ['Gerda']),
    ('Groetjes,\nSanne & Joyce', ['Sanne', 'Joyce']),
    ('Naam: Bram Hoekstra\nIdee: een vaste invalpool.', ['Bram Hoekstra']),
    ('Geschreven door Yara.', ['Yara']),
    ('GROETJES, THIJS OOSTERHUIS', ['THIJS OOSTERHUIS']),
]:
    S28(values, text)
for t in ['GROETJES, HET NACHTTEAM','MET VRIENDELIJKE GROET, ZORGGROEP OOST',"BESTE COLLEGA'S, LET OP DE OVERDRACHT.",
          'HALLO ALLEMAAL, MEER PERSONEEL!','LIEFS, OMA','IK BEN MOE EN WIL MEER RUST.','IK BEN VERPLEEGKUNDIGE IN DE NACHT.',
          'Minder vergaderen.\nWERKDRUK','Vraag het aan meneer AVG.','De mevrouw van het ECD is lastig.','De cliënt MAART komt.',
          'Groetjes uit Zwolle.','Groetjes. Volgende keer beter.','Bedankt.Zorg dat het klopt.','Groeten.Maart is druk.',
          'Ik ben Akkoord.','Ik ben Tevreden.','Ik ben Getrouwd en heb kinderen.','Ik ben Marokkaans en werk in de wijk.',
          'Ik ben Fan van het nieuwe rooster.','Ik ben Teleurgesteld.','Ik ben Werkzaam in de thuiszorg.','Ik ben Mantelzorger.',
          "Ik ben Zzp'er.",'Ik ben Kapot.','Ik ben Overwerkt.','Ik ben Nieuw hier.','Ik ben Limburger.','Ik ben Katholiek.',
          'Groet, Team Noord','Groetjes :) Tot morgen!','Liefs x Fijne dag','Tot ziens, Fijne dag.','Dank je, Allemaal',
          'In maart sprak ik met de directie.','De teamleider is Nieuw en kent ons niet.','Mijn manager is Zorgmanager Oost.',
          'Bedankt voor het lezen, Allemaal','Groetjes en tot morgen, Iedereen!','De planner was Ziek, dus niemand maakte het rooster.',
          'Naam: onbekend','Ingediend door Cliëntenraad.','Geschreven door Wijkteam.','Bedacht door Vilans.']:
    look.append({'text': t, 'source': 's28'})

# Held-out set of session 28 (held-out-28): 45 names and 45 look-alikes written by someone who never
# saw the masker's code, scored after the s28 changes and committed as they were (held-out-28.json);
# the masker was not changed for them after they were read, so their misses stay misses.
held = json.load(open('test/data/privacy/held-out-28.json', encoding='utf-8'))
personal.extend(held['personal'])
look.extend(held['lookAlikes'])

# Review 28 (review-28): a reviewer's probes of the merged s28 masker, written after it and by another
# hand; the masker was then changed for these kinds of words (occupation endings, the professions the
# project knows, identity and state words, adverbs after a naming verb), so they are no held-out set.
# `Junior` left out: it is a first name too, and the second review found real names let through by
# the short endings; the masker masks it (test/core/ideas/mask-self-words.test.ts).
for w in ['Verloskundige','Therapeut','Sociotherapeut','Podotherapeut','Pedagoog','Agoog','Fysio','Masseur',
          'Chauffeur','Senior','Medior','Trainee','Adviseur','Professional','Nachtwacht','Wijkcoach',
          'Huisvrouw','Weduwe','Belg','Pool','Syriër','Expat','Alleenstaand','Introvert','Expert','Leek','Duo',
          'Lid','Flex','Vaste']:
    look.append({'text': f'Ik ben {w}.', 'source': 'review-28'})
for t in ['Mijn teamleider is Nieuw Hier.','De planner was Echt Ziek.','De teamleider is Super Lief.',
          'Mijn collega is Oud Collega.']:
    look.append({'text': t, 'source': 'review-28'})

# Held-out set of session 29 (held-out-29): 77 personal cases (60 names) and 82 look-alikes written
# blind by another hand, who never saw the masker's code, and scored once as committed
# (held-out-29.json): 35/77 found, 82/82 kept, with masker b957177. Its misses were then read and the
# masker was changed for their general kinds (session 29), so from then on it is no longer blind: like
# held-out-28 it is a floor (HELD_OUT in evaluate.ts), not a measure of the masker on unseen text.
held = json.load(open('test/data/privacy/held-out-29.json', encoding='utf-8'))
personal.extend(held['personal'])
look.extend(held['lookAlikes'])

# Held-out set 30 (held-out-30): 112 personal cases (88 names) and 122 look-alikes written blind by a
# third hand after the session-29 masker was written and before it was merged, scored once as committed
# with both maskers: main before it (2381961) found 51/112 and kept 121/122, the session-29 masker
# 95/112 and 118/122. Its three new false positives (institutions named after people, and a title word
# ending a sentence: `met de familie. Eén gesprek`) were then read and fixed; from then on it is a floor.
held = json.load(open('test/data/privacy/held-out-30.json', encoding='utf-8'))
personal.extend(held['personal'])
look.extend(held['lookAlikes'])

json.dump(personal, open('test/data/privacy/personal-data.json','w'), ensure_ascii=False, indent=1)
json.dump(look, open('test/data/privacy/look-alikes.json','w'), ensure_ascii=False, indent=1)
print(len(personal), len(look))
from collections import Counter
print(Counter(p['kind'] for p in personal))
