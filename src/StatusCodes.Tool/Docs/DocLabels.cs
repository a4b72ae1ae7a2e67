using System;

namespace StatusCodes.Tool.Docs;

/// <summary>
/// Column headers and section titles of the generated tables, in the locale of the texts. The
/// importer recognizes every one of these headers, which is what lets generated docs be imported
/// back.
/// </summary>
/// <param name="Notes">
/// The HTML page's column of deprecation notes and old names. Its header contains a name word, so
/// the importer, which takes the first name column, ignores it.
/// </param>
/// <param name="Other">The HTML page's heading for codes outside every category.</param>
/// <param name="Filter">The HTML page's filter box.</param>
internal sealed record DocLabels(string Code, string Name, string Title, string Description, string Range, string Categories, string Deprecated, string Notes, string OldNames, string Other, string Filter)
{
    public static readonly DocLabels English = new("Code", "Name", "Title", "Description", "Range", "Categories", "Deprecated", "Deprecation and old names", "Old names", "Other codes", "Filter by code or text");
    public static readonly DocLabels Simplified = new("状态码", "名称", "标题", "说明", "范围", "分类", "已弃用", "弃用与旧名称", "旧名称", "其他状态码", "按状态码或文字筛选");
    public static readonly DocLabels Traditional = new("狀態碼", "名稱", "標題", "說明", "範圍", "分類", "已棄用", "棄用與舊名稱", "舊名稱", "其他狀態碼", "依狀態碼或文字篩選");

    public static DocLabels For(string locale)
    {
        if (!locale.StartsWith("zh", StringComparison.Ordinal) || (locale.Length > 2 && locale[2] != '-'))
        {
            return English;
        }

        return locale.Contains("-Hant", StringComparison.Ordinal) || locale.EndsWith("-TW", StringComparison.Ordinal)
            || locale.EndsWith("-HK", StringComparison.Ordinal) || locale.EndsWith("-MO", StringComparison.Ordinal)
            ? Traditional
            : Simplified;
    }
}
