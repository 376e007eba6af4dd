using AmisModular.Cli.Cli;

namespace AmisModular.Cli.Commands.Licence;

public sealed class ShowLicenceSettings : AmisSettings;
