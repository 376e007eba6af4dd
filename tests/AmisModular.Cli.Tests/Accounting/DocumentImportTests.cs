using System.Text.Json.Nodes;
using AmisModular.Cli.Cli;
using AmisModular.Cli.Tests.Infrastructure;

namespace AmisModular.Cli.Tests.Accounting;

public sealed class DocumentImportTests
{
    [Fact]
    public void Import_ValidFile_AllNumberedPostedAndInTrialBalance()
    {
        using var ledger = new LedgerInstallation();
        ledger.Ok("book", "opening", "--account", "1111", "--debit", "100000000");

        var imported = ledger.Ok("doc", "import", ledger.WriteFile("january.json", InterchangeFiles.January()));
        var tb = ledger.TrialBalance();

        Assert.Contains("Imported: 4", imported.Output);
        Assert.Contains("NVK00001", imported.Output);
        Assert.Contains("NVK00003", imported.Output);
        Assert.Equal((5_000_000m, 2_000_000m), (tb["1111"].PeriodDebit, tb["1111"].PeriodCredit));
        Assert.Equal(103_000_000m, tb["1111"].ClosingDebit);
        Assert.Equal(2_000_000m, tb["1121"].ClosingDebit);
        Assert.Equal(6_000_000m, tb["131"].ClosingDebit);
        Assert.Equal(11_000_000m, tb["5111"].ClosingCredit);
        Assert.Equal(4, ledger.Count("sync_outbox"));
        var table = ledger.Ok("report", "trial-balance", "--from", "2026-01-01", "--to", "2026-01-31");
        Assert.Matches(@"\|\s*1111\s*\|\s*100\.000\.000\s*\|", table.Output);
    }

    [Fact]
    public void Import_ErrorInDocumentThree_ExitOneNamesIndexFieldRuleAndWritesNothing()
    {
        using var ledger = new LedgerInstallation();
        var outboxBefore = ledger.Count("sync_outbox");

        // Document 3 (the collection) gets a negative amount; document 4 an unknown account: both are listed.
        var file = InterchangeFiles.January(thirdDebitAccount: "9999").Replace("\"amount\": 5000000", "\"amount\": -5000000", StringComparison.Ordinal);
        var result = ledger.Run("doc", "import", ledger.WriteFile("bad.json", file));

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("nothing was written", result.Output);
        Assert.Matches(@"\|\s*3\s*\|\s*core\.general-journal\s*\|\s*\$\.lines\[0\]\.amount\s*\|\s*positive\s*\|", result.Output);
        Assert.Matches(@"\|\s*4\s*\|\s*core\.general-journal\s*\|\s*\$\.lines\[0\]\.debitAccount\s*\|\s*unknown-account\s*\|", result.Output);
        Assert.Equal(0, ledger.Count("core_partners"));
        Assert.Equal(0, ledger.Count("core_general_journal_vouchers"));
        Assert.Equal(0, ledger.Count("core_journal_lines"));
        Assert.Equal(0, ledger.Count("core_number_series"));
        Assert.Equal(outboxBefore, ledger.Count("sync_outbox"));
    }

    [Fact]
    public void Import_BadFieldForms_EachNamedWithJsonPathAndRule()
    {
        using var ledger = new LedgerInstallation();
        var file = """
            { "documents": [
              { "documentType": "core.general-journal", "document": { "documentDate": "31/01/2026",
                "lines": [ { "debitAccount": "1111", "creditAccount": "4111", "amount": "1000" },
                           { "debitAccount": "1111", "creditAccount": "4111", "amount": 0.00001 } ] } },
              { "documentType": "cash.receipt", "document": {} },
              { "documentType": "core.partner", "document": { "id": "not-a-guid", "name": "X" } }
            ] }
            """;

        var result = ledger.Run("doc", "import", ledger.WriteFile("forms.json", file));

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Matches(@"\|\s*1\s*\|.*\$\.documentDate\s*\|\s*format\s*\|", result.Output);
        Assert.Matches(@"\|\s*1\s*\|.*\$\.lines\[0\]\.amount\s*\|\s*type\s*\|", result.Output);
        Assert.Matches(@"\|\s*1\s*\|.*\$\.lines\[1\]\.amount\s*\|\s*precision\s*\|", result.Output);
        Assert.Matches(@"\|\s*2\s*\|\s*cash\.receipt\s*\|\s*documentType\s*\|\s*unknown-document-type\s*\|", result.Output);
        Assert.Matches(@"\|\s*3\s*\|.*\$\.id\s*\|\s*format\s*\|", result.Output);
        Assert.Matches(@"\|\s*3\s*\|.*\$\.code\s*\|\s*required\s*\|", result.Output);
    }

    [Fact]
    public void Import_IntoLockedPeriod_RefusedNamingThePeriod()
    {
        using var ledger = new LedgerInstallation();
        var locked = ledger.Ok("period", "lock", "--to", "2026-01-31", "--user", "ketoantruong");
        var periods = ledger.Ok("period", "list");

        var result = ledger.Run("doc", "import", ledger.WriteFile("january.json", InterchangeFiles.January()));

        Assert.Contains("Locked through 2026-01-31: 01/2026", locked.Output);
        Assert.Contains("01/2026  2026-01-01..2026-01-31  KHÓA / LOCKED by ketoantruong", periods.Output);
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Matches(@"\|\s*2\s*\|.*\$\.postingDate\s*\|\s*period-locked\s*\|.*period 01/2026 is locked", result.Output);
        Assert.Equal(0, ledger.Count("core_general_journal_vouchers"));

        var unlocked = ledger.Ok("period", "unlock", "--to", "2025-12-31", "--user", "ketoantruong");
        Assert.Contains("Unlocked after 2025-12-31: 01/2026", unlocked.Output);
        ledger.Ok("doc", "import", ledger.WriteFile("january.json", InterchangeFiles.January()));
        Assert.Equal(3, ledger.Count("core_general_journal_vouchers"));
    }

    [Fact]
    public void PostUnpost_ByNumber_TrialBalanceFollowsAndLockedPeriodRefuses()
    {
        using var ledger = new LedgerInstallation();
        ledger.Ok("doc", "import", ledger.WriteFile("january.json", InterchangeFiles.January()));

        var unposted = ledger.Ok("doc", "unpost", "NVK00003");
        var afterUnpost = ledger.TrialBalance();
        var again = ledger.Run("doc", "unpost", "NVK00003");
        ledger.Ok("doc", "post", "NVK00003", "--book", "Tax");
        var afterPost = ledger.TrialBalance();
        ledger.Ok("period", "lock", "--to", "2026-01-31");
        var lockedUnpost = ledger.Run("doc", "unpost", "NVK00003");
        var missing = ledger.Run("doc", "post", "NVK09999");

        Assert.Contains("Unposted: NVK00003", unposted.Output);
        Assert.False(afterUnpost.ContainsKey("1121"));
        Assert.Equal(ExitCodes.InvalidInput, again.ExitCode);
        Assert.Equal(2_000_000m, afterPost["1121"].ClosingDebit);
        Assert.Equal(ExitCodes.InvalidInput, lockedUnpost.ExitCode);
        Assert.Contains("period 01/2026 is locked", lockedUnpost.Output);
        Assert.Equal(ExitCodes.VerificationFailed, missing.ExitCode);
    }

    [Fact]
    public void Export_ThenImportIntoFreshStore_SameTrialBalance()
    {
        using var source = new LedgerInstallation();
        source.Ok("doc", "import", source.WriteFile("january.json", InterchangeFiles.January()));
        source.Ok("doc", "import", source.WriteFile("draft.json", """
            { "documents": [ { "documentType": "core.general-journal", "document": { "documentDate": "2026-01-25", "status": "draft",
              "lines": [ { "debitAccount": "6422", "creditAccount": "1111", "amount": 300000.5 } ] } } ] }
            """));
        var exported = source.PathOf("export.json");
        source.Ok("doc", "export", "--out", exported);

        using var fresh = new LedgerInstallation();
        var imported = fresh.Ok("doc", "import", exported);

        Assert.Contains("Exported: 5", source.Ok("doc", "export", "--out", source.PathOf("again.json")).Output);
        Assert.Contains("Imported: 5", imported.Output);
        Assert.Equal(source.TrialBalance(), fresh.TrialBalance());
        var documents = JsonNode.Parse(File.ReadAllText(exported))!["documents"]!.AsArray();
        Assert.Equal("core.partner", documents[0]!["documentType"]!.GetValue<string>());
        Assert.Null(documents[1]!["document"]!["companyId"]);
        Assert.Equal("NVK00004", documents[4]!["document"]!["taxNumber"]!.GetValue<string>());
        Assert.Equal("draft", documents[4]!["document"]!["status"]!.GetValue<string>());
        Assert.Equal(1, fresh.Count("core_general_journal_vouchers WHERE TaxNumber = 'NVK00004' AND Status = 'Draft'"));
    }

    [Fact]
    public void Print_Voucher_WritesPdf()
    {
        using var ledger = new LedgerInstallation();
        ledger.Ok("doc", "import", ledger.WriteFile("january.json", InterchangeFiles.January()));
        var pdf = ledger.PathOf("nvk1.pdf");

        var printed = ledger.Ok("print", "NVK00001", "--out", pdf);
        var noPrinter = ledger.Run("print", InterchangeFiles.PartnerId, "--out", pdf);

        Assert.Contains("Printed: NVK00001", printed.Output);
        Assert.Equal("%PDF", File.ReadAllText(pdf)[..4]);
        Assert.Equal(ExitCodes.VerificationFailed, noPrinter.ExitCode);
    }

    [Fact]
    public void Report_UnknownModuleReportAndBadFormat_ClearErrors()
    {
        using var ledger = new LedgerInstallation();

        var cashBook = ledger.Run("report", "cash-book", "--from", "2026-01-01", "--to", "2026-01-31", "--account", "1111");
        var badFormat = ledger.Run("report", "trial-balance", "--from", "2026-01-01", "--to", "2026-01-31", "--format", "csv");
        var xlsx = ledger.PathOf("tb.xlsx");
        ledger.Ok("report", "trial-balance", "--from", "2026-01-01", "--to", "2026-01-31", "--format", "xlsx", "--out", xlsx);
        var journal = ledger.Ok("report", "journal", "--from", "2026-01-01", "--to", "2026-01-31");

        Assert.Equal(ExitCodes.VerificationFailed, cashBook.ExitCode);
        Assert.Contains("no 'cash-book' report", cashBook.Output);
        Assert.Equal(ExitCodes.InvalidInput, badFormat.ExitCode);
        Assert.Equal("PK", File.ReadAllText(xlsx)[..2]);
        Assert.Contains("SỔ NHẬT KÝ CHUNG", journal.Output);
    }
}
