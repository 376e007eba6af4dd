namespace AmisModular.Ledger.Companies;

public static class BookSetExtensions
{
    public static bool Contains(this BookSet set, Book book) => (set & (BookSet)(int)book) != 0;

    /// <summary>The books in a fixed order (Tax, Internal), so derived journal lines are deterministic.</summary>
    public static IReadOnlyList<Book> Books(this BookSet set) =>
        [.. new[] { Book.Tax, Book.Internal }.Where(book => set.Contains(book))];
}
