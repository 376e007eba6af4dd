using AmisModular.Modularity.Security;
using AmisModular.Vendor.Cli;

namespace AmisModular.Vendor.Tests.Keys;

public sealed class CreateKeysCommandTests
{
    [Fact]
    public void KeysCreate_EmptyFolder_WritesP256PairAndPrintsKeyId()
    {
        using var temp = new TempFolder();
        var console = new TestConsole();

        var code = VendorApp.Run(["keys", "create", "--out", temp.Path, "--name", "vendor"], console.Console);

        Assert.Equal(ExitCodes.Ok, code);
        var publicPem = File.ReadAllText(temp.File("vendor.pub.pem"));
        Assert.Contains($"Key id: {KeyIds.For(publicPem)}", console.Output);
        var signature = Signer.Sign("x"u8, File.ReadAllText(temp.File("vendor.pem")));
        var check = new SignatureVerifier([PublisherKey.FromPem(publicPem)], false).Verify("x"u8, signature);
        Assert.True(check.IsValid);
    }

    [Fact]
    public void KeysCreate_KeyAlreadyThere_RefusesWithExitOneAndKeepsOldKey()
    {
        using var temp = new TempFolder();
        Assert.Equal(ExitCodes.Ok, VendorApp.Run(["keys", "create", "--out", temp.Path], new TestConsole().Console));
        var before = File.ReadAllText(temp.File("signing-key.pem"));
        var console = new TestConsole();

        var code = VendorApp.Run(["keys", "create", "--out", temp.Path], console.Console);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("a key already exists", console.Output);
        Assert.Contains("dùng --force để ghi đè", console.Output);
        Assert.Equal(before, File.ReadAllText(temp.File("signing-key.pem")));
    }

    [Fact]
    public void KeysCreate_Force_ReplacesKey()
    {
        using var temp = new TempFolder();
        Assert.Equal(ExitCodes.Ok, VendorApp.Run(["keys", "create", "--out", temp.Path], new TestConsole().Console));
        var before = File.ReadAllText(temp.File("signing-key.pem"));

        var code = VendorApp.Run(["keys", "create", "--out", temp.Path, "--force"], new TestConsole().Console);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.NotEqual(before, File.ReadAllText(temp.File("signing-key.pem")));
    }

    [Fact]
    public void KeysCreate_NoOut_ExitOneNamingOption()
    {
        var console = new TestConsole();

        var code = VendorApp.Run(["keys", "create"], console.Console);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("--out: bắt buộc / required", console.Output);
    }
}
