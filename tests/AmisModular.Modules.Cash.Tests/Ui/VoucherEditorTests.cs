using AmisModular.Modularity.Abstractions.Keyboard;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Modules.Cash.Ui.Editor;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace AmisModular.Modules.Cash.Tests.Ui;

public sealed class VoucherEditorTests : CashUiTest
{
    [Fact]
    public async Task Save_EmptyReasonAndZeroAmount_ErrorsOnThoseInputsInVietnamese_NothingSaved()
    {
        var editor = Render<VoucherEditor>(p => p.Add(e => e.Kind, CashVoucherKind.Receipt));
        editor.WaitForElement("[data-testid=voucher-date]");
        editor.Find("[data-testid=voucher-person]").Change("Nguyễn Văn An");
        editor.Find("[data-testid=line-0-amount]").Change("0");

        await Keys.PressAsync(ShortcutCommand.Save);

        editor.WaitForAssertion(() => Assert.Equal("Lý do nộp là bắt buộc.", editor.Find("[data-testid=error-voucher-reason]").TextContent));
        Assert.Equal("Số tiền phải lớn hơn 0.", editor.Find("[data-testid=error-line-0-amount]").TextContent);
        Assert.Equal("TK Có là bắt buộc.", editor.Find("[data-testid=error-line-0-credit]").TextContent);
        Assert.Contains("invalid", editor.Find("[data-testid=voucher-reason]").ClassList);
        Assert.Contains("invalid", editor.Find("[data-testid=line-0-amount]").ClassList);
        Assert.Equal("true", editor.Find("[data-testid=line-0-credit]").GetAttribute("aria-invalid"));
        Assert.Empty(editor.FindAll("[data-testid=error-voucher-person]"));
        Assert.Equal(0, await Host.ScalarAsync("SELECT count(*) FROM cash_vouchers"));
    }

    [Fact]
    public async Task Save_InEnglish_FieldErrorsInEnglish()
    {
        UseCulture("en-US");
        var editor = Render<VoucherEditor>(p => p.Add(e => e.Kind, CashVoucherKind.Payment));
        editor.WaitForElement("[data-testid=voucher-date]");

        await Keys.PressAsync(ShortcutCommand.Save);

        editor.WaitForAssertion(() => Assert.Equal("The reason for the payment is required.", editor.Find("[data-testid=error-voucher-reason]").TextContent));
        Assert.Equal("Enter the payee's name or choose a partner.", editor.Find("[data-testid=error-voucher-person]").TextContent);
        Assert.Equal("The debit account is required.", editor.Find("[data-testid=error-line-0-debit]").TextContent);
    }

    [Fact]
    public void Save_DateNotADate_ErrorOnTheDateField()
    {
        var editor = Render<VoucherEditor>(p => p.Add(e => e.Kind, CashVoucherKind.Receipt));
        editor.WaitForElement("[data-testid=voucher-date]");
        editor.Find("[data-testid=voucher-date]").Change("31/02/2026");

        editor.InvokeAsync(() => Keys.PressAsync(ShortcutCommand.Save));

        editor.WaitForAssertion(() => Assert.Equal("Ngày không hợp lệ: nhập dd/MM/yyyy.", editor.Find("[data-testid=error-voucher-date]").TextContent));
    }

    [Fact]
    public void Enter_OnLastCellOfLastLine_AddsALineThatCopiesTheReason()
    {
        var editor = Render<VoucherEditor>(p => p.Add(e => e.Kind, CashVoucherKind.Receipt));
        editor.WaitForElement("[data-testid=voucher-date]");
        editor.Find("[data-testid=voucher-reason]").Change("Thu tiền bán hàng");
        Assert.Single(editor.FindAll("[data-testid^=line-][data-testid$=-amount]"));

        editor.Find("[data-testid=line-0-amount]").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        editor.WaitForAssertion(() => Assert.Equal(2, editor.FindAll("input[data-testid$=-amount]").Count));
        Assert.Equal("Thu tiền bán hàng", editor.Find("[data-testid=line-1-description]").GetAttribute("value"));
        Assert.Equal(2, editor.Instance.Form!.Lines.Count);

        // Enter anywhere else moves on without adding a line.
        editor.Find("[data-testid=line-0-description]").KeyDown(new KeyboardEventArgs { Key = "Enter" });
        Assert.Equal(2, editor.Instance.Form.Lines.Count);
    }

    [Fact]
    public async Task CtrlInsertAndCtrlDelete_AddAndRemoveLines()
    {
        var editor = Render<VoucherEditor>(p => p.Add(e => e.Kind, CashVoucherKind.Payment));
        editor.WaitForElement("[data-testid=voucher-date]");

        await editor.InvokeAsync(() => Keys.PressAsync(ShortcutCommand.InsertLine));
        await editor.InvokeAsync(() => Keys.PressAsync(ShortcutCommand.InsertLine));
        editor.WaitForAssertion(() => Assert.Equal(3, editor.Instance.Form!.Lines.Count));

        await editor.InvokeAsync(() => Keys.PressAsync(ShortcutCommand.DeleteLine));
        editor.WaitForAssertion(() => Assert.Equal(2, editor.FindAll("input[data-testid$=-amount]").Count));
    }

    [Fact]
    public async Task SaveThenPost_Numbered_PostedIsReadOnly_UnpostEditsAgain()
    {
        var editor = Render<VoucherEditor>(p => p.Add(e => e.Kind, CashVoucherKind.Receipt));
        editor.WaitForElement("[data-testid=voucher-date]");
        editor.Find("[data-testid=voucher-person]").Change("Nguyễn Văn An");
        editor.Find("[data-testid=voucher-reason]").Change("Thu hoàn ứng");
        await ChooseAccountAsync(editor, "line-0-credit", "141");
        editor.Find("[data-testid=line-0-amount]").Change("1500000");

        await editor.InvokeAsync(() => Keys.PressAsync(ShortcutCommand.Post));

        editor.WaitForAssertion(() => Assert.Equal("Đã ghi sổ", editor.Find("[data-testid=voucher-status]").TextContent));
        Assert.Equal("PT00001", editor.Find("[data-testid=voucher-number]").TextContent);
        Assert.Equal("1.500.000", editor.Find("[data-testid=line-0-amount]").GetAttribute("value"));
        Assert.True(editor.Find("[data-testid=voucher-reason]").HasAttribute("readonly"));

        await editor.InvokeAsync(() => Keys.PressAsync(ShortcutCommand.Unpost));
        editor.WaitForAssertion(() => Assert.Equal("Chưa ghi sổ", editor.Find("[data-testid=voucher-status]").TextContent));
        Assert.False(editor.Find("[data-testid=voucher-reason]").HasAttribute("readonly"));
    }

    private static async Task ChooseAccountAsync(IRenderedComponent<VoucherEditor> editor, string testId, string code)
    {
        await editor.Find($"[data-testid={testId}]").InputAsync(new ChangeEventArgs { Value = code });
        editor.WaitForElement($"[data-testid={testId}-list] li.active");
        await editor.Find($"[data-testid={testId}]").KeyDownAsync(new KeyboardEventArgs { Key = "Enter" });
    }
}
