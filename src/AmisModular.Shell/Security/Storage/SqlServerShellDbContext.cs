using AmisModular.Storage.Configuration;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Shell.Security.Storage;

public sealed class SqlServerShellDbContext(DbContextOptions options) : ShellDbContext(options)
{
    public override StoreProvider Provider => StoreProvider.SqlServer;
}
