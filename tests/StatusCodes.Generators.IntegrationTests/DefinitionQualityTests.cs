using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace StatusCodes.Generators.IntegrationTests;

/// <summary>
/// The built-in definitions, checked through the generated API: complete in every locale, no
/// silent fallback, no duplicate titles, the right Chinese script per locale, clean ASCII where
/// ASCII is promised.
/// </summary>
public sealed class DefinitionQualityTests
{
    private static readonly StatusLocale[] Locales = { StatusLocale.EnUS, StatusLocale.ZhCN, StatusLocale.ZhTW };

    // Simplified → Traditional pairs whose two forms are not interchangeable in either script.
    private const string SimplifiedOnly = "这们来个时间务发类议连线应请错误认证网络数过为资户处载转动态码节实现与无没开关问题页体传输协权访读写录设统长头义单双围缓临暂级异断响还该组织储块杂从达进选择产会计术专业东车门马见观觉规视说话语谁让论试词详细终结给绝继续维缩总约纯纸红较轮软钟银链锁镜闭阅队阶际陆险随隐难预领频风飞饰馆驱验齐号标签启简径复";
    private const string TraditionalOnly = "這們來個時間務發類議連線應請錯誤認證網絡數過為資戶處載轉動態碼節實現與無沒開關問題頁體傳輸協權訪讀寫錄設統長頭義單雙圍緩臨暫級異斷響還該組織儲塊雜從達進選擇產會計術專業東車門馬見觀覺規視說話語誰讓論試詞詳細終結給絕繼續維縮總約純紙紅較輪軟鐘銀鏈鎖鏡閉閱隊階際陸險隨隱難預領頻風飛飾館驅驗齊號標簽啟簡徑複";

    public static IEnumerable<object[]> Sets => SetView.All.Select(s => new object[] { s.Name });

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_code_has_a_title_and_description_in_every_locale(string set)
    {
        var view = SetView.Get(set);
        foreach (var code in view.Codes)
        {
            foreach (var locale in Locales)
            {
                Assert.False(string.IsNullOrWhiteSpace(view.Title(code, locale)), $"{set} {code} has no {locale} title");
                Assert.False(string.IsNullOrWhiteSpace(view.Description(code, locale)), $"{set} {code} has no {locale} description");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void No_locale_silently_falls_back_to_english(string set)
    {
        var view = SetView.Get(set);
        foreach (var code in view.Codes)
        {
            foreach (var locale in new[] { StatusLocale.ZhCN, StatusLocale.ZhTW })
            {
                Assert.NotEqual(view.Title(code, StatusLocale.EnUS), view.Title(code, locale));
                Assert.NotEqual(view.Description(code, StatusLocale.EnUS), view.Description(code, locale));
                Assert.Contains(view.Title(code, locale), c => c >= '\u4E00' && c <= '\u9FFF');
            }

            Assert.NotEqual(view.Description(code, StatusLocale.ZhCN), view.Description(code, StatusLocale.ZhTW));
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Titles_are_unique_within_a_set_and_locale(string set)
    {
        var view = SetView.Get(set);
        foreach (var locale in Locales)
        {
            var duplicates = view.Codes.GroupBy(c => view.Title(c, locale), StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(duplicates.Count == 0, $"{set} has duplicate {locale} titles: {string.Join(", ", duplicates)}");
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Chinese_texts_use_the_script_of_their_locale(string set)
    {
        var view = SetView.Get(set);
        foreach (var code in view.Codes)
        {
            var simplified = view.Title(code, StatusLocale.ZhCN) + view.Description(code, StatusLocale.ZhCN);
            var traditional = view.Title(code, StatusLocale.ZhTW) + view.Description(code, StatusLocale.ZhTW);
            Assert.True(simplified.IndexOfAny(TraditionalOnly.ToCharArray()) < 0, $"{set} {code} zh-CN has a Traditional character: {simplified}");
            Assert.True(traditional.IndexOfAny(SimplifiedOnly.ToCharArray()) < 0, $"{set} {code} zh-TW has a Simplified character: {traditional}");
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void English_texts_and_reason_phrases_are_plain_ascii(string set)
    {
        var view = SetView.Get(set);
        foreach (var code in view.Codes)
        {
            var english = view.Title(code, StatusLocale.EnUS) + view.Description(code, StatusLocale.EnUS);
            Assert.True(english.All(c => c >= ' ' && c <= '~'), $"{set} {code} en-US text is not plain ASCII: {english}");
            var reason = view.Reason(code);
            Assert.True(reason.Length > 0 && reason.All(c => c >= ' ' && c <= '~') && reason.Trim() == reason, $"{set} {code} reason '{reason}'");
        }
    }

    [Fact]
    public void The_http_set_has_every_registered_code_the_seed_extras_and_the_chosen_packs()
    {
        int[] registry =
        {
            100, 101, 102, 103, 104, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 306, 307, 308,
            400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423, 424, 425,
            426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
        };
        int[] packs = { 444, 494, 495, 496, 497, 520, 521, 522, 523, 524, 525, 526, 530, 440, 460, 463, 464, 561 };
        var expected = registry.Concat(new[] { 449, 499, 509 }).Concat(packs).OrderBy(c => c);
        Assert.Equal(expected, HttpStatusExtensions.GetValues().Select(v => (int)v));
    }

    [Theory]
    [InlineData("ContentTooLarge", 413, "RequestEntityTooLarge", "PayloadTooLarge")]
    [InlineData("UnprocessableContent", 422, "UnprocessableEntity")]
    [InlineData("UriTooLong", 414, "RequestUriTooLong")]
    [InlineData("RangeNotSatisfiable", 416, "RequestedRangeNotSatisfiable")]
    public void Older_names_are_aliases_of_the_rfc_9110_name(string current, int code, params string[] aliases)
    {
        Assert.Equal(current, ((HttpStatus)code).ToStringFast());
        foreach (var alias in aliases)
        {
            Assert.True(HttpStatusExtensions.TryParse(alias, out var value));
            Assert.Equal(current, value.ToStringFast());
        }
    }

    [Theory]
    [InlineData(449, "Microsoft")]
    [InlineData(499, "nginx")]
    [InlineData(509, "hosting")]
    public void Non_standard_codes_say_where_they_come_from(int code, string origin)
    {
        Assert.Contains(origin, ((HttpStatus)code).GetDescription(StatusLocale.EnUS), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Every_alias_of_every_set_parses_to_its_current_name()
    {
        var aliases = 0;
        foreach (var enumType in new[] { typeof(HttpStatus), typeof(HttpProbeStatus), typeof(PingProbeStatus), typeof(TcpProbeStatus), typeof(UdpProbeStatus), typeof(DnsProbeStatus), typeof(SmtpProbeStatus), typeof(Pop3ProbeStatus), typeof(FtpProbeStatus) })
        {
            var extensions = enumType.Assembly.GetType(enumType.FullName + "Extensions")!;
            var tryParse = extensions.GetMethod("TryParse", new[] { typeof(string), enumType.MakeByRefType() })!;
            var toStringFast = extensions.GetMethod("ToStringFast", new[] { enumType })!;
            foreach (var field in enumType.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            {
                var args = new object?[] { field.Name, null };
                Assert.True((bool)tryParse.Invoke(null, args)!, $"{enumType.Name}.{field.Name} does not parse");
                Assert.Equal(field.GetValue(null), args[1]);
                Assert.Equal(field.Name, (string)toStringFast.Invoke(null, new[] { args[1] })!);
            }

            var olderNames = extensions.GetNestedType("OlderNames");
            foreach (var field in olderNames?.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static) ?? Array.Empty<System.Reflection.FieldInfo>())
            {
                aliases++;
                var args = new object?[] { field.Name, null };
                Assert.True((bool)tryParse.Invoke(null, args)!, $"{enumType.Name} older name {field.Name} does not parse");
                Assert.Equal(field.GetRawConstantValue(), (int)args[1]!);
                var canonical = (string)toStringFast.Invoke(null, new[] { args[1] })!;
                Assert.NotEqual(canonical, field.Name);
                Assert.Null(enumType.GetField(field.Name));
                var obsolete = (ObsoleteAttribute)Attribute.GetCustomAttribute(field, typeof(ObsoleteAttribute))!;
                Assert.Contains($"Use {enumType.Name}.{canonical} instead", obsolete.Message, StringComparison.Ordinal);
            }
        }

        Assert.Equal(10, aliases);
    }

    [Theory]
    [InlineData(305)]
    [InlineData(306)]
    [InlineData(418)]
    [InlineData(510)]
    public void Unused_and_obsolete_codes_are_deprecated(int code)
    {
        var field = typeof(HttpStatus).GetField(((HttpStatus)code).ToStringFast())!;
        Assert.True(Attribute.IsDefined(field, typeof(ObsoleteAttribute)), $"{code} is not marked obsolete");
    }

    [Fact]
    public void Each_probe_protocol_has_exactly_the_codes_of_the_seeds()
    {
        var expected = new Dictionary<string, int[]>
        {
            ["HTTP"] = new[] { 610, 611, 613, 615, 616, 617, 703 },
            ["PING"] = new[] { 550, 610, 613, 703 },
            ["TCP"] = new[] { 550, 610, 611, 615, 703 },
            ["UDP"] = new[] { 550, 610, 611, 615, 703 },
            ["DNS"] = new[] { 610, 613, 615, 703 },
            ["SMTP"] = new[] { 610, 611, 616, 703 },
            ["POP3"] = new[] { 611, 703 },
            ["FTP"] = new[] { 610, 611, 616, 703 },
        };
        foreach (var (protocol, codes) in expected)
        {
            var view = SetView.All.Single(v => v.Key == protocol);
            Assert.Equal(codes, view.Codes);
        }
    }

    /// <summary>A uniform view of one generated set, so the checks above run over every set.</summary>
    private sealed record SetView(string Name, string? Key, int[] Codes, Func<int, StatusLocale, string> Title, Func<int, StatusLocale, string> Description, Func<int, string> Reason)
    {
        public static readonly SetView[] All =
        {
            new("HttpStatus", null, HttpStatusExtensions.GetValues().Select(v => (int)v).ToArray(), (c, l) => ((HttpStatus)c).GetTitle(l), (c, l) => ((HttpStatus)c).GetDescription(l), c => ((HttpStatus)c).GetReasonPhrase()),
            new("GrpcStatus", null, GrpcStatusExtensions.GetValues().Select(v => (int)v).ToArray(), (c, l) => ((GrpcStatus)c).GetTitle(l), (c, l) => ((GrpcStatus)c).GetDescription(l), c => ((GrpcStatus)c).GetReasonPhrase()),
            new("HttpProbeStatus", "HTTP", HttpProbeStatusExtensions.GetValues().Select(v => (int)v).ToArray(), (c, l) => ((HttpProbeStatus)c).GetTitle(l), (c, l) => ((HttpProbeStatus)c).GetDescription(l), c => ((HttpProbeStatus)c).GetReasonPhrase()),
            new("PingProbeStatus", "PING", PingProbeStatusExtensions.GetValues().Select(v => (int)v).ToArray(), (c, l) => ((PingProbeStatus)c).GetTitle(l), (c, l) => ((PingProbeStatus)c).GetDescription(l), c => ((PingProbeStatus)c).GetReasonPhrase()),
            new("TcpProbeStatus", "TCP", TcpProbeStatusExtensions.GetValues().Select(v => (int)v).ToArray(), (c, l) => ((TcpProbeStatus)c).GetTitle(l), (c, l) => ((TcpProbeStatus)c).GetDescription(l), c => ((TcpProbeStatus)c).GetReasonPhrase()),
            new("UdpProbeStatus", "UDP", UdpProbeStatusExtensions.GetValues().Select(v => (int)v).ToArray(), (c, l) => ((UdpProbeStatus)c).GetTitle(l), (c, l) => ((UdpProbeStatus)c).GetDescription(l), c => ((UdpProbeStatus)c).GetReasonPhrase()),
            new("DnsProbeStatus", "DNS", DnsProbeStatusExtensions.GetValues().Select(v => (int)v).ToArray(), (c, l) => ((DnsProbeStatus)c).GetTitle(l), (c, l) => ((DnsProbeStatus)c).GetDescription(l), c => ((DnsProbeStatus)c).GetReasonPhrase()),
            new("SmtpProbeStatus", "SMTP", SmtpProbeStatusExtensions.GetValues().Select(v => (int)v).ToArray(), (c, l) => ((SmtpProbeStatus)c).GetTitle(l), (c, l) => ((SmtpProbeStatus)c).GetDescription(l), c => ((SmtpProbeStatus)c).GetReasonPhrase()),
            new("Pop3ProbeStatus", "POP3", Pop3ProbeStatusExtensions.GetValues().Select(v => (int)v).ToArray(), (c, l) => ((Pop3ProbeStatus)c).GetTitle(l), (c, l) => ((Pop3ProbeStatus)c).GetDescription(l), c => ((Pop3ProbeStatus)c).GetReasonPhrase()),
            new("FtpProbeStatus", "FTP", FtpProbeStatusExtensions.GetValues().Select(v => (int)v).ToArray(), (c, l) => ((FtpProbeStatus)c).GetTitle(l), (c, l) => ((FtpProbeStatus)c).GetDescription(l), c => ((FtpProbeStatus)c).GetReasonPhrase()),
        };

        public static SetView Get(string name) => All.Single(v => v.Name == name);
    }
}
