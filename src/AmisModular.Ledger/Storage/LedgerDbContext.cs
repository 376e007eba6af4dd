using AmisModular.Ledger.Catalogs;
using AmisModular.Ledger.Chart;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Ledger.Journal;
using AmisModular.Ledger.Numbering;
using AmisModular.Ledger.Opening;
using AmisModular.Ledger.Periods;
using AmisModular.Storage.Configuration;
using AmisModular.Storage.Contexts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmisModular.Ledger.Storage;

/// <summary>The ledger core's storage, schema <c>core</c> (SQLite: tables <c>core_*</c>). Amounts are integer minor units.</summary>
public abstract class LedgerDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "core";

    /// <summary>The covering index the account-balance-to-date sum reads (see <see cref="ConfigureAccountBalanceIndex"/>).</summary>
    public const string AccountBalanceIndex = "IX_core_journal_lines_account_balance";

    public override string Schema => SchemaName;

    public DbSet<Company> Companies => Set<Company>();

    public DbSet<FiscalYear> FiscalYears => Set<FiscalYear>();

    public DbSet<FiscalPeriod> FiscalPeriods => Set<FiscalPeriod>();

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<Partner> Partners => Set<Partner>();

    public DbSet<BankAccount> BankAccounts => Set<BankAccount>();

    public DbSet<Branch> Branches => Set<Branch>();

    public DbSet<NumberSeries> NumberSeries => Set<NumberSeries>();

    public DbSet<DeviceSeries> DeviceSeries => Set<DeviceSeries>();

    public DbSet<JournalLine> JournalLines => Set<JournalLine>();

    public DbSet<OpeningBalance> OpeningBalances => Set<OpeningBalance>();

    public DbSet<GeneralJournalVoucher> GeneralJournalVouchers => Set<GeneralJournalVoucher>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ConfigureCompanies(modelBuilder);
        ConfigureChart(modelBuilder);
        ConfigureCatalogs(modelBuilder);
        ConfigureJournal(modelBuilder, Provider);
        ConfigureGeneralJournal(modelBuilder);
    }

    private static void ConfigureCompanies(ModelBuilder b)
    {
        b.Entity<Company>(e =>
        {
            e.ToTable("companies");
            e.Property(c => c.TaxCode).HasMaxLength(14).IsRequired();
            e.Property(c => c.Name).HasMaxLength(400).IsRequired();
            e.Property(c => c.Address).HasMaxLength(400);
            e.HasIndex(c => c.TaxCode).IsUnique();
        });
        b.Entity<FiscalYear>(e =>
        {
            e.ToTable("fiscal_years");
            e.Property(y => y.Regime).HasConversion<string>().HasMaxLength(8);
            e.HasOne<Company>().WithMany().HasForeignKey(y => y.CompanyId);
            e.HasMany(y => y.Periods).WithOne().HasForeignKey(p => p.FiscalYearId);
            e.HasIndex(y => new { y.CompanyId, y.StartDate }).IsUnique();
        });
        b.Entity<FiscalPeriod>(e =>
        {
            e.ToTable("fiscal_periods");
            e.Ignore(p => p.Name);
            e.Property(p => p.LockedBy).HasMaxLength(100);
            e.Property(p => p.UnlockedBy).HasMaxLength(100);
            e.HasIndex(p => new { p.CompanyId, p.StartDate }).IsUnique();
        });
    }

    private static void ConfigureChart(ModelBuilder b) => b.Entity<Account>(e =>
    {
        e.ToTable("accounts");
        e.Property(a => a.Regime).HasConversion<string>().HasMaxLength(8);
        e.Property(a => a.Nature).HasConversion<string>().HasMaxLength(8);
        e.Property(a => a.Code).HasMaxLength(20).IsRequired();
        e.Property(a => a.ParentCode).HasMaxLength(20);
        e.Property(a => a.NameVi).HasMaxLength(400).IsRequired();
        e.Property(a => a.NameEn).HasMaxLength(400).IsRequired();
        e.HasIndex(a => new { a.Regime, a.CompanyId, a.Code }).IsUnique();
        e.HasData(ChartSeed.Accounts);
    });

    private static void ConfigureCatalogs(ModelBuilder b)
    {
        b.Entity<Partner>(e =>
        {
            e.ToTable("partners");
            e.Property(p => p.Code).HasMaxLength(50).IsRequired();
            e.Property(p => p.Name).HasMaxLength(400).IsRequired();
            e.Property(p => p.TaxCode).HasMaxLength(14);
            e.Property(p => p.Address).HasMaxLength(400);
            e.HasOne<Company>().WithMany().HasForeignKey(p => p.CompanyId);
            e.HasIndex(p => new { p.CompanyId, p.Code }).IsUnique();
        });
        b.Entity<BankAccount>(e =>
        {
            e.ToTable("bank_accounts");
            e.Property(a => a.AccountNumber).HasMaxLength(50).IsRequired();
            e.Property(a => a.BankName).HasMaxLength(400).IsRequired();
            e.Property(a => a.AccountCode).HasMaxLength(20).IsRequired();
            e.Property(a => a.Currency).HasMaxLength(3).IsFixedLength();
            e.HasOne<Company>().WithMany().HasForeignKey(a => a.CompanyId);
            e.HasIndex(a => new { a.CompanyId, a.AccountNumber }).IsUnique();
        });
        b.Entity<Branch>(e =>
        {
            e.ToTable("branches");
            e.Property(x => x.Code).HasMaxLength(20).IsRequired();
            e.Property(x => x.Name).HasMaxLength(400).IsRequired();
            e.HasOne<Company>().WithMany().HasForeignKey(x => x.CompanyId);
            e.HasIndex(x => new { x.CompanyId, x.Code }).IsUnique();
        });
        b.Entity<NumberSeries>(e =>
        {
            e.ToTable("number_series");
            e.Property(s => s.Book).HasConversion<string>().HasMaxLength(8);
            e.Property(s => s.DocumentType).HasMaxLength(64).IsRequired();
            e.Property(s => s.Scope).HasMaxLength(64).IsRequired();
            e.Property(s => s.Prefix).HasMaxLength(20).IsRequired();
            e.Property(s => s.Suffix).HasMaxLength(20).IsRequired();
            e.Property(s => s.NextValue).IsConcurrencyToken();
            e.HasOne<Company>().WithMany().HasForeignKey(s => s.CompanyId);
            e.HasIndex(s => new { s.CompanyId, s.Book, s.DocumentType, s.Scope }).IsUnique();
        });
        b.Entity<DeviceSeries>(e =>
        {
            e.ToTable("device_series");
            e.HasKey(s => s.CompanyId);
            e.Property(s => s.Series).HasMaxLength(32).IsRequired();
            e.HasOne<Company>().WithOne().HasForeignKey<DeviceSeries>(s => s.CompanyId);
        });
    }

    private static void ConfigureJournal(ModelBuilder b, StoreProvider provider)
    {
        b.Entity<JournalLine>(e =>
        {
            e.ToTable("journal_lines");
            e.Property(l => l.Book).HasConversion<string>().HasMaxLength(8);
            e.Property(l => l.ModuleId).HasMaxLength(32).IsRequired();
            e.Property(l => l.DocumentType).HasMaxLength(64).IsRequired();
            e.Property(l => l.DocumentNumber).HasMaxLength(32);
            e.Property(l => l.AccountCode).HasMaxLength(20).IsRequired();
            e.Property(l => l.CorrespondingAccountCode).HasMaxLength(20);
            e.Property(l => l.Description).HasMaxLength(1000);
            e.Property(l => l.RuleId).HasMaxLength(64).IsRequired();
            e.HasOne<Company>().WithMany().HasForeignKey(l => l.CompanyId);
            e.HasIndex(l => new { l.CompanyId, l.Book, l.PostingDate, l.AccountCode });
            e.HasIndex(l => new { l.CompanyId, l.Book, l.AccountCode, l.PartnerId });
            ConfigureAccountBalanceIndex(e, provider);
            e.HasIndex(l => new { l.DocumentId, l.Book, l.LineNo }).IsUnique();
        });
        b.Entity<OpeningBalance>(e =>
        {
            e.ToTable("opening_balances");
            e.Property(o => o.Book).HasConversion<string>().HasMaxLength(8);
            e.Property(o => o.AccountCode).HasMaxLength(20).IsRequired();
            e.HasOne<Company>().WithMany().HasForeignKey(o => o.CompanyId);
            e.HasIndex(o => new { o.CompanyId, o.Book, o.AccountCode, o.PartnerId }).IsUnique();
        });
    }

    /// <summary>
    /// The balance of one account up to a date (the till check on every payment, tồn quỹ) is a range of this index
    /// read without touching the table: the amounts are in the index. The (company, book, date, account) index
    /// would walk every account's lines up to the date and fetch each matching row. SQLite has no INCLUDE, so there
    /// the amounts are trailing key columns; SQL Server carries them as included columns.
    /// </summary>
    private static void ConfigureAccountBalanceIndex(EntityTypeBuilder<JournalLine> e, StoreProvider provider)
    {
        if (provider == StoreProvider.SqlServer)
        {
            e.HasIndex(l => new { l.CompanyId, l.Book, l.AccountCode, l.PostingDate }, AccountBalanceIndex)
                .IncludeProperties(l => new { l.Debit, l.Credit });
        }
        else
        {
            e.HasIndex(l => new { l.CompanyId, l.Book, l.AccountCode, l.PostingDate, l.Debit, l.Credit }, AccountBalanceIndex);
        }
    }

    private static void ConfigureGeneralJournal(ModelBuilder b)
    {
        b.Entity<GeneralJournalVoucher>(e =>
        {
            e.ToTable("general_journal_vouchers");
            e.Ignore(v => v.DisplayNumber);
            e.Property(v => v.Books).HasConversion<int>();
            e.Property(v => v.Status).HasConversion<string>().HasMaxLength(8);
            e.Property(v => v.TaxNumber).HasMaxLength(32);
            e.Property(v => v.InternalNumber).HasMaxLength(32);
            e.Property(v => v.Description).HasMaxLength(1000).IsRequired();
            e.HasOne<Company>().WithMany().HasForeignKey(v => v.CompanyId);
            e.HasMany(v => v.Lines).WithOne().HasForeignKey(l => l.VoucherId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(v => new { v.CompanyId, v.TaxNumber }).IsUnique();
            e.HasIndex(v => new { v.CompanyId, v.InternalNumber }).IsUnique();
        });
        b.Entity<GeneralJournalLine>(e =>
        {
            e.ToTable("general_journal_lines");
            e.HasKey(l => new { l.VoucherId, l.LineNo });
            e.Property(l => l.Description).HasMaxLength(1000);
            e.Property(l => l.DebitAccount).HasMaxLength(20);
            e.Property(l => l.CreditAccount).HasMaxLength(20);
        });
    }
}
