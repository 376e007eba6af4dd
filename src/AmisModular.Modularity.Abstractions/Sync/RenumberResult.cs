namespace AmisModular.Modularity.Abstractions.Sync;

/// <summary>What <see cref="ISyncAdapter.RenumberAsync"/> did.</summary>
/// <param name="Message">For the user: "Phiếu chi PC00005 đã đổi số thành PC00009 vì trùng số. / ..." when renumbered,
/// else why not (posted, gone, module cannot renumber).</param>
public sealed record RenumberResult(bool Renumbered, string? OldNumber, string? NewNumber, string Message)
{
    public static RenumberResult Done(string oldNumber, string newNumber, string message) => new(true, oldNumber, newNumber, message);

    public static RenumberResult Cannot(string reason) => new(false, null, null, reason);
}
