using AmisModular.Ledger.Companies;
using AmisModular.Modularity.Abstractions.Keyboard;
using AmisModular.Modularity.Abstractions.Workspace;
using AmisModular.Modules.Reports.Common;
using AmisModular.Printing.Tables;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace AmisModular.Modules.Reports.Ui.Shared;

/// <summary>
/// What every report page does: take the company and book from the shell's working selection, open on the current
/// month of the fiscal year (or the range in the URL), run on Enter and on F5 (<see cref="ShortcutCommand.Reload"/>),
/// run again when the user switches company, book or year, show a refused request's reason, export the table.
/// </summary>
public abstract class ReportPage : ComponentBase, IDisposable
{
    private IDisposable? shortcut;
    private string? handledUri;
    private CancellationTokenSource? running;

    [Inject]
    protected IWorkspace Workspace { get; set; } = default!;

    [Inject]
    protected ReportsCatalog Catalog { get; set; } = default!;

    [Inject]
    protected TimeProvider Clock { get; set; } = default!;

    [Inject]
    protected IShortcutDispatcher Shortcuts { get; set; } = default!;

    [Inject]
    protected IJSRuntime JS { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    /// <summary>"yyyy-MM-dd" from a drill-down link; else the default range.</summary>
    [SupplyParameterFromQuery(Name = "from")]
    public string? FromQuery { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? ToQuery { get; set; }

    protected WorkspaceSelection? Selection { get; private set; }

    protected WorkingPeriod? Period { get; private set; }

    protected Book Book => Selection is null ? Book.Tax : ReportsCatalog.BookOf(Selection);

    protected DateOnly From { get; set; }

    protected DateOnly To { get; set; }

    protected bool Loading { get; private set; }

    protected string? Error { get; set; }

    protected string? ExportError { get; private set; }

    /// <summary>The table of the report on screen, for PDF/XLSX; null while there is none.</summary>
    protected abstract ReportTable? CurrentTable { get; }

    /// <summary>The downloaded file's name without extension, e.g. "BangCanDoiTaiKhoan".</summary>
    protected abstract string FileBaseName { get; }

    protected override async Task OnInitializedAsync()
    {
        Workspace.Changed += OnWorkspaceChanged;
        shortcut = Shortcuts.Subscribe(OnShortcutAsync);
        handledUri = Navigation.Uri;
        await LoadSelectionAsync(useQuery: true);
    }

    protected override async Task OnParametersSetAsync()
    {
        // A drill-down link to the page already shown: the URL changed, the component stayed.
        if (Period is null || Navigation.Uri == handledUri)
        {
            return;
        }

        handledUri = Navigation.Uri;
        ApplyQuery();
        await RunAsync();
    }

    /// <summary>Takes the range (and, in a page, its own parameters) from the URL of a drill-down link.</summary>
    protected virtual void ApplyQuery()
    {
        if (UiText.ParseIsoDate(FromQuery) is { } from && UiText.ParseIsoDate(ToQuery) is { } to)
        {
            (From, To) = (from, to);
        }
    }

    /// <summary>Builds the report for <see cref="From"/>..<see cref="To"/> of the selection.</summary>
    /// <exception cref="ReportRequestException">The request was refused (shown to the user).</exception>
    protected abstract Task BuildAsync(WorkspaceSelection selection, CancellationToken cancellationToken);

    /// <summary>Called before a run; false (with <see cref="Error"/> set) stops it.</summary>
    protected virtual bool CanRun() => true;

    /// <summary>Forgets the report on screen (a new selection or a refused request).</summary>
    protected abstract void Clear();

    protected async Task RunAsync()
    {
        if (Selection is null || Period is null || !CanRun())
        {
            Clear();
            return;
        }

        if (running is not null)
        {
            await running.CancelAsync();
            running.Dispose();
        }

        running = new CancellationTokenSource();
        var token = running.Token;
        (Loading, Error, ExportError) = (true, null, null);
        try
        {
            await BuildAsync(Selection, token);
        }
        catch (ReportRequestException e)
        {
            Clear();
            Error = e.Text.L();
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // A newer run replaced this one.
        }
        finally
        {
            Loading = false;
        }
    }

    protected async Task ExportAsync(string format)
    {
        var table = CurrentTable;
        if (table is null)
        {
            return;
        }

        try
        {
            ExportError = null;
            var file = ReportFile.Build(table, format, $"{FileBaseName}_{UiText.IsoDate(From)}_{UiText.IsoDate(To)}");
            await file.DownloadAsync(JS);
        }
        catch (JSException e)
        {
            ExportError = e.Message;
        }
    }

    protected void SetFrom(DateOnly? value) => From = value ?? From;

    protected void SetTo(DateOnly? value) => To = value ?? To;

    private async Task LoadSelectionAsync(bool useQuery)
    {
        Selection = Workspace.Current;
        Period = Selection is null ? null : await Catalog.PeriodAsync(Selection, CancellationToken.None);
        if (Period is null)
        {
            Clear();
            return;
        }

        (From, To) = Period.DefaultRange(DateOnly.FromDateTime(Clock.GetLocalNow().DateTime));
        await OnSelectionLoadedAsync(Selection!, Period);
        if (useQuery)
        {
            ApplyQuery();
        }

        await RunAsync();
    }

    /// <summary>After the company/book/year is known, before the first run (e.g. load the account picker).</summary>
    protected virtual Task OnSelectionLoadedAsync(WorkspaceSelection selection, WorkingPeriod period) => Task.CompletedTask;

    private async Task<bool> OnShortcutAsync(ShortcutCommand command)
    {
        if (command != ShortcutCommand.Reload)
        {
            return false;
        }

        await InvokeAsync(async () =>
        {
            await RunAsync();
            StateHasChanged();
        });
        return true;
    }

    private void OnWorkspaceChanged(object? sender, EventArgs e) => _ = InvokeAsync(async () =>
    {
        await LoadSelectionAsync(useQuery: false);
        StateHasChanged();
    });

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        Workspace.Changed -= OnWorkspaceChanged;
        shortcut?.Dispose();
        running?.Cancel();
        running?.Dispose();
    }
}
