using AmisModular.Cli.Cli;

namespace AmisModular.Cli.Tests.CashReports;

/// <summary>What `amis` refuses or keeps apart once the Cash module is installed: bad files, books, locked periods, colliding numbers.</summary>
public sealed class CashRulesTests
{
    /// <summary>[NVK ok, Phiếu thu ok, Phiếu chi on an unknown account]: every document is posted on import.</summary>
    private const string ThirdBad = """
        { "documents": [
          { "documentType": "core.general-journal", "document": { "documentDate": "2026-01-03", "status": "posted", "description": "Góp vốn bổ sung",
            "lines": [ { "debitAccount": "1111", "creditAccount": "4111", "amount": 3000000 } ] } },
          { "documentType": "cash.receipt", "document": { "documentDate": "2026-01-05", "status": "posted", "personName": "Lê Văn Cường",
            "description": "Thu tiền bán lẻ", "lines": [ { "counterAccount": "5111", "amount": 2000000 } ] } },
          { "documentType": "cash.payment", "document": { "documentDate": "2026-01-06", "status": "posted", "personName": "Phạm Thị Dung",
            "description": "Chi mua văn phòng phẩm", "lines": [ { "counterAccount": "ACCOUNT", "amount": 400000 } ] } }
        ] }
        """;

    [Fact]
    public void Import_ThirdDocumentUnknownAccount_ExitOneNamesItAndLeavesNothingOfTheFirstTwo()
    {
        using var ledger = CashLedger.Create();
        var outbox = ledger.Count("sync_outbox");

        var refused = ledger.Run("doc", "import", ledger.WriteFile("bad.json", ThirdBad.Replace("ACCOUNT", "9999", StringComparison.Ordinal)));

        Assert.Equal(ExitCodes.InvalidInput, refused.ExitCode);
        Assert.Contains("nothing was written", refused.Output);
        Assert.Matches(@"\|\s*3\s*\|\s*cash\.payment\s*\|\s*\$\.lines\[0\]\.counterAccount\s*\|\s*unknown-account\s*\|.*Account 9999", refused.Output);
        Assert.DoesNotMatch(@"\|\s*[12]\s*\|", refused.Output);
        // The NVK and the receipt were imported inside the file's one transaction, then rolled back with it.
        Assert.Equal(0, ledger.Count("core_general_journal_vouchers"));
        Assert.Equal(0, ledger.Count("cash_vouchers"));
        Assert.Equal(0, ledger.Count("cash_voucher_lines"));
        Assert.Equal(0, ledger.Count("core_journal_lines"));
        Assert.Equal(0, ledger.Count("core_number_series"));
        Assert.Equal(outbox, ledger.Count("sync_outbox"));

        // Fixed, the same file imports and takes the first numbers: none were burned by the refused attempt.
        var imported = ledger.Ok("doc", "import", ledger.WriteFile("good.json", ThirdBad.Replace("ACCOUNT", "6428", StringComparison.Ordinal)));
        Assert.Matches(@"core\.general-journal\s+NVK00001", imported.Output);
        Assert.Matches(@"cash\.receipt\s+PT00001", imported.Output);
        Assert.Matches(@"cash\.payment\s+PC00001", imported.Output);
        // 50,000,000 + 3,000,000 (NVK) + 2,000,000 (PT) − 400,000 (PC) = 54,600,000
        Assert.Equal(54_600_000m, ledger.Report("cash-book").Rows("total")[1].Money("balance"));
        Assert.Equal(outbox + 3, ledger.Count("sync_outbox"));
    }

    [Fact]
    public void InternalBook_ReceiptOnlyInInternal_AbsentFromTaxReports()
    {
        using var ledger = CashLedger.Create(internalBook: true);
        ledger.Ok("book", "opening", "--book", "Internal", "--account", "1111", "--debit", "10000000");
        ledger.Ok("book", "opening", "--book", "Internal", "--account", "4111", "--credit", "10000000");
        ledger.Ok("doc", "import", ledger.WriteFile("internal.json", """
            { "documents": [ { "documentType": "cash.receipt", "document": { "documentDate": "2026-01-08", "books": "internal", "status": "posted",
              "personName": "Hoàng Văn Em", "description": "Thu khác (sổ quản trị)", "lines": [ { "counterAccount": "711", "amount": 7000000 } ] } } ] }
            """));

        var taxBook = ledger.Report("cash-book", "--book", "Tax");
        var taxBalance = ledger.Report("trial-balance", "--book", "Tax");
        var internalBook = ledger.Report("cash-book", "--book", "Internal");
        var taxPrint = ledger.Run("print", "PT00001", "--book", "Tax", "--out", ledger.PathOf("tax.pdf"));
        ledger.Ok("print", "PT00001", "--book", "Internal", "--out", ledger.PathOf("internal.pdf"));

        Assert.Empty(taxBook.Rows("detail"));
        Assert.Equal(CashLedger.Opening, taxBook.Rows("total")[1].Money("balance"));
        Assert.Equal(CashLedger.Opening, taxBalance.Rows().Single(r => r.Text("account") == "1111").Money("closingDebit"));
        Assert.DoesNotContain(taxBalance.Rows(), r => r.Text("account") == "711");
        var row = Assert.Single(internalBook.Rows("detail"));
        Assert.Equal(("PT00001", 7_000_000m, 17_000_000m), (row.Text("receiptNumber"), row.Money("receipt"), row.Money("balance")));
        Assert.Equal(ExitCodes.VerificationFailed, taxPrint.ExitCode);
    }

    [Fact]
    public void Post_IntoLockedPeriod_RefusedNamingThePeriodAndNothingPosted()
    {
        using var ledger = CashLedger.Create();
        ledger.Ok("doc", "import", ledger.WriteFile("january.json", CashLedger.January()));
        ledger.Ok("period", "lock", "--to", "2026-01-31", "--user", "ketoantruong");

        var refused = ledger.Run("doc", "post", "PT00001");

        Assert.Equal(ExitCodes.InvalidInput, refused.ExitCode);
        Assert.Contains("01/2026", refused.Output);
        Assert.Equal(0, ledger.Count("core_journal_lines"));
        Assert.Equal(1, ledger.Count("cash_vouchers WHERE TaxNumber = 'PT00001' AND Status = 'Draft'"));

        ledger.Ok("period", "unlock", "--to", "2025-12-31", "--user", "ketoantruong");
        ledger.Ok("doc", "post", "PT00001");
        Assert.Equal(62_000_000m, ledger.Report("cash-book").Rows("total")[1].Money("balance"));
    }

    [Fact]
    public void Post_NumberInTwoModules_AsksForTypeOrIdThenPostsTheChosenOne()
    {
        using var ledger = CashLedger.Create();
        // An NVK that came from another program already numbered PT00001, and a cash receipt numbered PT00001 by the series.
        ledger.Ok("doc", "import", ledger.WriteFile("both.json", """
            { "documents": [
              { "documentType": "core.general-journal", "document": { "documentDate": "2026-01-04", "taxNumber": "PT00001", "description": "Chứng từ cũ",
                "lines": [ { "debitAccount": "6428", "creditAccount": "1111", "amount": 100000 } ] } },
              { "documentType": "cash.receipt", "document": { "documentDate": "2026-01-05", "personName": "Lê Văn Cường",
                "description": "Thu tiền bán lẻ", "lines": [ { "counterAccount": "5111", "amount": 2000000 } ] } }
            ] }
            """));

        var ambiguous = ledger.Run("doc", "post", "PT00001");
        var printAmbiguous = ledger.Run("print", "PT00001", "--out", ledger.PathOf("x.pdf"));
        var posted = ledger.Ok("doc", "post", "PT00001", "--type", "cash.receipt");
        var wrongType = ledger.Run("doc", "post", "PT00001", "--type", "cash.payment");

        Assert.Equal(ExitCodes.InvalidInput, ambiguous.ExitCode);
        Assert.Contains("--type", ambiguous.Output);
        Assert.Contains("core.general-journal", ambiguous.Output);
        Assert.Contains("cash.receipt", ambiguous.Output);
        Assert.Equal(ExitCodes.InvalidInput, printAmbiguous.ExitCode);
        Assert.Contains("Posted: PT00001 (cash.receipt)", posted.Output);
        Assert.Equal(ExitCodes.VerificationFailed, wrongType.ExitCode);
        // Only the receipt moved the till: 50,000,000 + 2,000,000; the NVK stays a draft.
        Assert.Equal(52_000_000m, ledger.Report("cash-book").Rows("total")[1].Money("balance"));
        Assert.Equal(1, ledger.Count("core_general_journal_vouchers WHERE Status = 'Draft'"));
    }
}
