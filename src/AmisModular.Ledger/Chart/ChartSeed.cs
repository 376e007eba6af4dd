using System.Security.Cryptography;
using System.Text;
using AmisModular.Ledger.Periods;

namespace AmisModular.Ledger.Chart;

/// <summary>
/// The regime charts shipped as seed data (domain notes §1.3: the accounts the six modules use, per regime).
/// Row: code | parent | nature | regimes (2 = TT200, 1 = TT133, 9 = TT99) | regimes where not prescribed | vi | en.
/// Ids are derived from regime and code so every installation has the same seed ids.
/// </summary>
public static class ChartSeed
{
    private const string Rows = """
        111||D|219||Tiền mặt|Cash
        1111|111|D|219|9|Tiền Việt Nam|VND cash
        1112|111|D|219|9|Ngoại tệ|Foreign-currency cash
        112||D|219||Tiền gửi ngân hàng|Cash in bank
        1121|112|D|219|9|Tiền Việt Nam|VND deposits
        1122|112|D|219|9|Ngoại tệ|Foreign-currency deposits
        113||D|219||Tiền đang chuyển|Cash in transit
        131||B|219||Phải thu của khách hàng|Trade receivables
        133||D|219||Thuế GTGT được khấu trừ|Deductible input VAT
        1331|133|D|219||Thuế GTGT được khấu trừ của hàng hóa, dịch vụ|Deductible VAT on goods and services
        1332|133|D|219||Thuế GTGT được khấu trừ của TSCĐ|Deductible VAT on fixed assets
        138||D|219||Phải thu khác|Other receivables
        1383|138|D|9||Thuế TTĐB của hàng nhập khẩu|Excise tax on imports
        1388|138|D|219||Phải thu khác|Other receivables
        141||D|219||Tạm ứng|Advances to employees
        152||D|219||Nguyên liệu, vật liệu|Raw materials
        153||D|219||Công cụ, dụng cụ|Tools and supplies
        154||D|219||Chi phí sản xuất, kinh doanh dở dang|Work in progress
        155||D|219||Thành phẩm|Finished goods
        156||D|219||Hàng hóa|Merchandise
        1561|156|D|21||Giá mua hàng hóa|Purchase price of goods
        1562|156|D|21||Chi phí thu mua hàng hóa|Purchase costs of goods
        211||D|219||Tài sản cố định hữu hình|Tangible fixed assets
        214||C|219||Hao mòn tài sản cố định|Accumulated depreciation
        2141|214|C|219||Hao mòn TSCĐ hữu hình|Depreciation of tangible fixed assets
        229||C|219||Dự phòng tổn thất tài sản|Provisions for asset losses
        2294|229|C|219||Dự phòng giảm giá hàng tồn kho|Allowance for inventory write-down
        2295|229|C|9||Dự phòng tổn thất tài sản sinh học|Allowance for biological asset losses
        242||D|219||Chi phí trả trước|Prepaid expenses
        331||B|219||Phải trả cho người bán|Trade payables
        333||C|219||Thuế và các khoản phải nộp Nhà nước|Taxes payable to the State
        3331|333|C|219||Thuế giá trị gia tăng phải nộp|VAT payable
        33311|3331|C|219||Thuế GTGT đầu ra|Output VAT
        33312|3331|C|219||Thuế GTGT hàng nhập khẩu|Import VAT
        3334|333|C|219||Thuế thu nhập doanh nghiệp|Corporate income tax
        3335|333|C|219||Thuế thu nhập cá nhân|Personal income tax
        334||C|219||Phải trả người lao động|Payables to employees
        335||C|219||Chi phí phải trả|Accrued expenses
        338||C|219||Phải trả, phải nộp khác|Other payables
        3382|338|C|219||Kinh phí công đoàn|Trade union fee
        3383|338|C|219||Bảo hiểm xã hội|Social insurance
        3384|338|C|219||Bảo hiểm y tế|Health insurance
        3385|338|C|1||Bảo hiểm thất nghiệp|Unemployment insurance
        3386|338|C|29||Bảo hiểm thất nghiệp|Unemployment insurance
        3387|338|C|219||Doanh thu chưa thực hiện|Unearned revenue
        3388|338|B|219||Phải trả, phải nộp khác|Other payables
        341||C|219||Vay và nợ thuê tài chính|Borrowings and finance-lease liabilities
        3411|341|C|219||Các khoản đi vay|Borrowings
        3412|341|C|219||Nợ thuê tài chính|Finance-lease liabilities
        411||C|219||Vốn đầu tư của chủ sở hữu|Owner's capital
        4111|411|C|219||Vốn góp của chủ sở hữu|Contributed capital
        421||B|219||Lợi nhuận sau thuế chưa phân phối|Retained earnings
        4211|421|B|219||LNST chưa phân phối năm trước|Retained earnings, prior years
        4212|421|B|219||LNST chưa phân phối năm nay|Retained earnings, current year
        511||C|219||Doanh thu bán hàng và cung cấp dịch vụ|Revenue
        5111|511|C|219|9|Doanh thu bán hàng hóa|Revenue from goods
        5112|511|C|219|9|Doanh thu bán thành phẩm|Revenue from products
        5113|511|C|219|9|Doanh thu cung cấp dịch vụ|Revenue from services
        5118|511|C|219|9|Doanh thu khác|Other revenue
        515||C|219||Doanh thu hoạt động tài chính|Financial income
        521||D|29||Các khoản giảm trừ doanh thu|Revenue deductions
        622||D|29||Chi phí nhân công trực tiếp|Direct labour
        627||D|29||Chi phí sản xuất chung|Manufacturing overhead
        632||D|219||Giá vốn hàng bán|Cost of goods sold
        635||D|219||Chi phí tài chính|Financial expenses
        641||D|29||Chi phí bán hàng|Selling expenses
        642||D|219||Chi phí quản lý doanh nghiệp|General and administrative expenses
        6421|642|D|29||Chi phí nhân viên quản lý|Administrative staff
        6422|642|D|29||Chi phí vật liệu quản lý|Administrative materials
        6423|642|D|29||Chi phí đồ dùng văn phòng|Office supplies
        6424|642|D|29||Chi phí khấu hao TSCĐ|Depreciation
        6425|642|D|29||Thuế, phí và lệ phí|Taxes, fees and charges
        6426|642|D|29||Chi phí dự phòng|Provisions
        6427|642|D|29||Chi phí dịch vụ mua ngoài|Outsourced services
        6428|642|D|29||Chi phí bằng tiền khác|Other cash expenses
        6421|642|D|1||Chi phí bán hàng|Selling expenses
        6422|642|D|1||Chi phí quản lý doanh nghiệp|General and administrative expenses
        711||C|219||Thu nhập khác|Other income
        811||D|219||Chi phí khác|Other expenses
        821||D|219||Chi phí thuế thu nhập doanh nghiệp|Corporate income tax expense
        8211|821|D|29||Chi phí thuế TNDN hiện hành|Current CIT expense
        82111|8211|D|9||Chi phí thuế TNDN hiện hành|Current CIT
        82112|8211|D|9||Chi phí thuế TNDN bổ sung theo thuế tối thiểu toàn cầu|Global minimum top-up tax
        8212|821|D|29||Chi phí thuế TNDN hoãn lại|Deferred CIT expense
        911||N|219||Xác định kết quả kinh doanh|Income summary
        """;

    /// <summary>Names TT99 changed (domain notes §1.2).</summary>
    private static readonly Dictionary<string, (string Vi, string En)> Tt99Names = new(StringComparer.Ordinal)
    {
        ["112"] = ("Tiền gửi không kỳ hạn", "Demand deposits"),
        ["155"] = ("Sản phẩm", "Products"),
        ["242"] = ("Chi phí chờ phân bổ", "Deferred expenses"),
        ["3387"] = ("Doanh thu chờ phân bổ", "Deferred revenue"),
        ["4211"] = ("LNST chưa phân phối lũy kế đến cuối năm trước", "Retained earnings accumulated to prior year end"),
    };

    private static readonly Dictionary<AccountingRegime, DateOnly> RegimeStart = new()
    {
        [AccountingRegime.Tt200] = new DateOnly(2015, 1, 1),
        [AccountingRegime.Tt133] = new DateOnly(2017, 1, 1),
        [AccountingRegime.Tt99] = RegimeRules.Tt99Effective,
    };

    public static IReadOnlyList<Account> Accounts { get; } = Build();

    public static Guid SeedId(AccountingRegime regime, string code)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"amis-chart:{regime}:{code}"));
        return new Guid(hash.AsSpan(0, 16));
    }

    private static List<Account> Build()
    {
        var accounts = new List<Account>();
        foreach (var row in Rows.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var f = row.Split('|');
            foreach (var regime in Regimes(f[3]))
            {
                var names = regime == AccountingRegime.Tt99 && Tt99Names.TryGetValue(f[0], out var renamed) ? renamed : (f[5], f[6]);
                accounts.Add(new Account
                {
                    Id = SeedId(regime, f[0]),
                    Regime = regime,
                    Code = f[0],
                    ParentCode = f[1].Length == 0 ? null : f[1],
                    Level = f[0].Length - 2,
                    Nature = Nature(f[2]),
                    Prescribed = !Regimes(f[4]).Contains(regime),
                    NameVi = names.Item1,
                    NameEn = names.Item2,
                    EffectiveFrom = RegimeStart[regime],
                });
            }
        }

        return accounts;
    }

    private static List<AccountingRegime> Regimes(string codes) =>
        [.. codes.Select(c => c switch
        {
            '2' => AccountingRegime.Tt200,
            '1' => AccountingRegime.Tt133,
            '9' => AccountingRegime.Tt99,
            _ => throw new InvalidOperationException($"Unknown regime code '{c}' in the chart seed."),
        })];

    private static AccountNature Nature(string code) => code switch
    {
        "D" => AccountNature.Debit,
        "C" => AccountNature.Credit,
        "B" => AccountNature.Both,
        _ => AccountNature.None,
    };
}
