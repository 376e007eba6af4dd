using System.ComponentModel;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Cli;

/// <summary>Options every command accepts: where the installation's data and modules are.</summary>
public class AmisSettings : CommandSettings
{
    [CommandOption("--data-dir <FOLDER>")]
    [Description("Thư mục dữ liệu (giấy phép, hồ sơ, trạng thái); mặc định AMIS_DATA_DIR hoặc thư mục ứng dụng của người dùng / data folder (licence, profiles, states); default AMIS_DATA_DIR or the user's app-data folder")]
    public string? DataDirectory { get; init; }

    [CommandOption("--modules-root <FOLDER>")]
    [Description("Thư mục gói mô-đun; mặc định AMIS_MODULES_ROOT, Modularity:ModulesRoot, <chương trình>/modules hoặc artifacts/modules / module packages folder; default AMIS_MODULES_ROOT, Modularity:ModulesRoot, <app>/modules or artifacts/modules")]
    public string? ModulesRoot { get; init; }
}
