using System.Net;
using System.Text.RegularExpressions;

namespace AmisModular.Shell.Tests.Browser;

/// <summary>A shell whose first-run is done (admin + demo company) over a <see cref="TestInstallation"/>, shared by the tests of one class.</summary>
public sealed partial class SetUpShellFixture : IAsyncLifetime
{
    private readonly TestInstallation installation = new();
    private ShellProcess? shell;

    public Uri Url => shell!.Url;

    public string DataDirectory => installation.DataDirectory;

    internal TestInstallation Installation => installation;

    internal ShellProcess Shell => shell!;

    public async Task InitializeAsync()
    {
        shell = await ShellProcess.StartAsync(installation);
        await PostFirstRunAsync();
    }

    public async Task DisposeAsync()
    {
        if (shell is not null)
        {
            await shell.DisposeAsync();
        }

        installation.Dispose();
    }

    /// <summary>Fills the first-run form over plain HTTP, as a browser without scripts would.</summary>
    private async Task PostFirstRunAsync()
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = Url };
        var form = await http.GetStringAsync(new Uri("first-run", UriKind.Relative));
        var token = TokenPattern().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "first-run",
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = "admin",
            ["Input.DisplayName"] = "Quản trị",
            ["Input.Password"] = ShellPages.AdminPassword,
            ["Input.ConfirmPassword"] = ShellPages.AdminPassword,
            ["Input.UseDemo"] = "True",
            ["Input.Regime"] = "TT99",
            ["Input.FiscalYear"] = "2025",
        });
        using var response = await http.PostAsync(new Uri("first-run", UriKind.Relative), content);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.ToString().Contains("/login", StringComparison.Ordinal) != true)
        {
            throw new InvalidOperationException($"First run failed: {(int)response.StatusCode}\n{await response.Content.ReadAsStringAsync()}\n{shell!.Output}");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
