using AmisModular.Cli.Cli;

namespace AmisModular.Cli.Commands.Profile;

public sealed class ShowProfileSettings : AmisSettings;
