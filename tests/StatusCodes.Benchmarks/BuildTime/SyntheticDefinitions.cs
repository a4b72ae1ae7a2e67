using System.Globalization;
using System.Text;

namespace StatusCodesBenchmarks.BuildTime;

/// <summary>
/// A definition file of <c>count</c> codes in en-US, zh-CN and zh-TW, each with a title and a
/// description in all three, in five categories: the shape of the built-in HTTP file, scaled.
/// Codes step by 3 from 1000, so a set stays within the dense layout's range at every size.
/// </summary>
public static class SyntheticDefinitions
{
    public static string Create(int count)
    {
        var yaml = new StringBuilder(count * 260);
        yaml.Append("locales: [en-US, zh-CN, zh-TW]\n");
        yaml.Append("sets:\n");
        yaml.Append("  - name: Synthetic").Append(Format(count)).Append("Status\n");
        yaml.Append("    summary: { en-US: Synthetic codes., zh-CN: 合成状态码。, zh-TW: 合成狀態碼。 }\n");
        yaml.Append("    categories:\n");
        var last = 1000 + (3 * (count - 1));
        var width = ((last - 1000) / 5) + 1;
        for (var c = 0; c < 5; c++)
        {
            var from = 1000 + (c * width);
            yaml.Append("      - { name: Band").Append(Format(c))
                .Append(", from: ").Append(Format(from))
                .Append(", to: ").Append(Format(from + width - 1))
                .Append(", title: { en-US: Band ").Append(Format(c)).Append(", zh-CN: 区段 ").Append(Format(c)).Append(", zh-TW: 區段 ").Append(Format(c)).Append(" } }\n");
        }

        yaml.Append("    codes:\n");
        for (var i = 0; i < count; i++)
        {
            var code = Format(1000 + (3 * i));
            yaml.Append("      - code: ").Append(code).Append('\n');
            yaml.Append("        name: Synthetic").Append(code).Append('\n');
            yaml.Append("        title: { en-US: Synthetic status ").Append(code).Append(", zh-CN: 合成状态 ").Append(code).Append(", zh-TW: 合成狀態 ").Append(code).Append(" }\n");
            yaml.Append("        description: { en-US: The synthetic operation ").Append(code).Append(" ended this way., zh-CN: 合成操作 ").Append(code)
                .Append(" 以此结束。, zh-TW: 合成作業 ").Append(code).Append(" 以此結束。 }\n");
        }

        return yaml.ToString();
    }

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
