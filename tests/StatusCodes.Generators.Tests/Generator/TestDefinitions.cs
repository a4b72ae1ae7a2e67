namespace StatusCodes.Generators.Tests.Generator;

/// <summary>Definition files used across the generator tests.</summary>
internal static class TestDefinitions
{
    public const string PaymentsPath = "/project/payments.codes.yaml";

    /// <summary>The schema example of docs/definition-files.md: every key of a code, categories, three locales.</summary>
    public const string Payments = """
        namespace: Contoso.Payments      # optional
        locales: [en-US, zh-CN, zh-TW]
        sets:
          - name: PaymentStatus
            summary: { en-US: Payment gateway result codes., zh-CN: 支付网关结果代码。, zh-TW: 支付閘道結果代碼。 }
            categories:
              - { name: Approved, from: 1000, to: 1000, title: { en-US: Approved, zh-CN: 已批准, zh-TW: 已核准 } }
              - { name: Declined, from: 1001, to: 1099, title: { en-US: Declined, zh-CN: 已拒绝, zh-TW: 已拒絕 } }
            codes:
              - code: 1000
                name: Approved
                title: { en-US: Approved, zh-CN: 已批准, zh-TW: 已核准 }
              - code: 1001
                name: CardDeclined
                reason: Card Declined
                title: { en-US: Card declined, zh-CN: 银行卡被拒, zh-TW: 卡片遭拒 }
                description: { en-US: The issuer declined the card., zh-CN: 发卡机构拒绝了此卡。, zh-TW: 發卡機構拒絕了此卡片。 }
                aliases: [Declined]
                reference: https://example.com/codes#1001
              - code: 1002
                name: InsufficientFunds
                title: { en-US: Insufficient funds, zh-CN: 余额不足, zh-TW: 餘額不足 }
                description: { en-US: "The account lacks funds: top up & retry <soon>.", zh-CN: "账户余额不足：请充值后重试。", zh-TW: "帳戶餘額不足：請儲值後重試。" }
                deprecated: Use 1001 with a reason instead.
        """;

    public static string Http => Infrastructure.TestPaths.ReadDefinition("http.codes.yaml");

    public static string SiteMonitor => Infrastructure.TestPaths.ReadDefinition("site-monitor.codes.yaml");

    public static (string Path, string Text)[] BuiltIn => new[]
    {
        ("/defs/http.codes.yaml", Http),
        ("/defs/site-monitor.codes.yaml", SiteMonitor),
    };

    /// <summary>Every file of <c>definitions/</c>: the sets <c>all</c> selects, the opt-in set GrpcStatus and the vendor packs.</summary>
    public static (string Path, string Text)[] EveryBuiltInFile => System.Linq.Enumerable.ToArray(
        System.Linq.Enumerable.Select(
            System.Linq.Enumerable.OrderBy(System.IO.Directory.GetFiles(Infrastructure.TestPaths.DefinitionsDirectory, "*.codes.yaml"), f => f, System.StringComparer.Ordinal),
            f => ("/defs/" + System.IO.Path.GetFileName(f), Infrastructure.TestPaths.ReadDefinition(System.IO.Path.GetFileName(f)))));
}
