using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using StatusCodes.Tool.Import.Reading;

namespace StatusCodes.Tool.Import.Interpreting;

/// <summary>
/// Decides what each column of a table holds: from the header words when the header is
/// recognizable (English and Chinese words, including every header the docs command writes),
/// otherwise from what the cells look like.
/// </summary>
internal static class ColumnClassifier
{
    // Checked in this order: "返回码" is a code before "返回" is a phrase, "英文名稱" is a phrase before
    // it is a name, "協議" a protocol before a code.
    private static readonly (ColumnRole Role, string[] Words)[] HeaderWords =
    {
        (ColumnRole.Code, new[] { "返回码", "返回碼", "结果码", "結果碼", "响应码", "響應碼", "回應碼" }),
        (ColumnRole.Range, new[] { "range", "范围", "範圍", "区间", "區間" }),
        (ColumnRole.Phrase, new[] { "英文", "message", "reason", "phrase", "返回", "statustext", "english" }),
        (ColumnRole.Protocol, new[] { "protocol", "协议", "協議", "協定" }),
        (ColumnRole.Name, new[] { "name", "名称", "名稱", "identifier", "member" }),
        (ColumnRole.Code, new[] { "code", "状态码", "狀態碼", "状态代码", "狀態代碼", "代码", "代碼", "错误码", "錯誤碼", "编码", "編碼" }),
        (ColumnRole.Title, new[] { "title", "标题", "標題" }),
        (ColumnRole.Text, new[] { "含义", "含義", "meaning", "意义", "意義" }),
        (ColumnRole.Description, new[] { "description", "说明", "說明", "备注", "備註", "描述", "remark", "note", "detail", "explanation", "释义", "釋義", "解释", "解釋", "comment" }),
    };

    public static ColumnRole[]? FromHeader(IReadOnlyList<SourceCell> header)
    {
        if (header.Any(c => TextCleanup.TryParseCode(c.Text, out _)))
        {
            return null;
        }

        var roles = header.Select(c => Classify(c.Text)).ToArray();
        if (!roles.Contains(ColumnRole.Code) && !roles.Contains(ColumnRole.Range))
        {
            return null;
        }

        return Settle(roles);
    }

    /// <summary>Without a usable header: the mostly numeric column holds the codes, short ASCII columns phrases or protocols, the rest texts.</summary>
    public static ColumnRole[]? FromContent(IReadOnlyList<SourceRow> rows, int width)
    {
        var roles = new ColumnRole[width];
        var codeColumn = -1;
        for (var c = 0; c < width && codeColumn < 0; c++)
        {
            var values = Values(rows, c);
            if (values.Count > 0 && values.Count(v => TextCleanup.TryParseCode(v, out _)) * 10 >= values.Count * 6)
            {
                codeColumn = c;
            }
        }

        if (codeColumn < 0)
        {
            return null;
        }

        roles[codeColumn] = ColumnRole.Code;
        var texts = new List<(int Column, double Length)>();
        for (var c = 0; c < width; c++)
        {
            if (c == codeColumn)
            {
                continue;
            }

            var values = Values(rows, c);
            if (values.Count == 0)
            {
                continue;
            }

            if (c < codeColumn && values.All(v => v.Length <= 12 && v.All(ch => ch is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '/')))
            {
                roles[c] = ColumnRole.Protocol;
            }
            else if (values.Count(ImportNames.IsPhrase) * 10 >= values.Count * 8)
            {
                roles[c] = ColumnRole.Phrase;
            }
            else
            {
                texts.Add((c, values.Average(v => v.Length)));
            }
        }

        if (texts.Count == 1)
        {
            roles[texts[0].Column] = ColumnRole.Text;
        }
        else if (texts.Count > 1)
        {
            roles[texts.OrderBy(t => t.Length).First().Column] = ColumnRole.Title;
            roles[texts.OrderByDescending(t => t.Length).First().Column] = ColumnRole.Description;
        }

        return roles;
    }

    private static ColumnRole Classify(string header)
    {
        var key = Normalize(header);
        if (key.Length == 0)
        {
            return ColumnRole.Ignore;
        }

        foreach (var (role, words) in HeaderWords)
        {
            if (words.Any(w => key.Contains(w, StringComparison.Ordinal)))
            {
                return role;
            }
        }

        return key == "status" ? ColumnRole.Code : ColumnRole.Ignore;
    }

    /// <summary>
    /// One column per role; a "meaning" column is the title when a description column follows,
    /// and a lone description column is the text to take the title from.
    /// </summary>
    private static ColumnRole[] Settle(ColumnRole[] roles)
    {
        var seen = new HashSet<ColumnRole>();
        for (var i = 0; i < roles.Length; i++)
        {
            if (roles[i] != ColumnRole.Ignore && !seen.Add(roles[i]))
            {
                roles[i] = ColumnRole.Ignore;
            }
        }

        var text = Array.IndexOf(roles, ColumnRole.Text);
        var title = Array.IndexOf(roles, ColumnRole.Title);
        var description = Array.IndexOf(roles, ColumnRole.Description);
        if (text >= 0 && description >= 0 && title < 0)
        {
            roles[text] = ColumnRole.Title;
        }
        else if (text >= 0 && title >= 0 && description < 0)
        {
            roles[text] = ColumnRole.Description;
        }
        else if (text < 0 && title < 0 && description >= 0)
        {
            roles[description] = ColumnRole.Text;
        }

        return roles;
    }

    private static List<string> Values(IReadOnlyList<SourceRow> rows, int column)
        => rows.Where(r => column < r.Cells.Count && r.Cells[column].Text.Length > 0).Select(r => r.Cells[column].Text).ToList();

    private static string Normalize(string header)
    {
        var builder = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
