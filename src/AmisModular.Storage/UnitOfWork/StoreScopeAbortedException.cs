namespace AmisModular.Storage.UnitOfWork;

/// <summary>A unit inside a <see cref="StoreScope"/> ended without committing, so the scope rolled everything back.</summary>
public sealed class StoreScopeAbortedException : InvalidOperationException
{
    public StoreScopeAbortedException()
        : base("Một thao tác trong phạm vi giao dịch không hoàn tất; đã hoàn tác toàn bộ. / A unit inside the store scope did not complete; everything was rolled back.")
    {
    }

    public StoreScopeAbortedException(string message)
        : base(message)
    {
    }

    public StoreScopeAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
