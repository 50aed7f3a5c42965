/** An analysis option that cannot be honoured (unknown variant or period, bad draw count): a usage error. */
export class OptionError extends Error {
  override readonly name = 'OptionError';
}
