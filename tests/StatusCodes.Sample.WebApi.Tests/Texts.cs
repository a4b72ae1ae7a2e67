using System.Collections.Generic;

namespace StatusCodesSample.WebApi.Tests;

/// <summary>The built-in definitions' texts the tests expect, as the definitions write them.</summary>
internal static class Texts
{
    public const string Problem = "application/problem+json";

    private static readonly Dictionary<(int Code, string Locale), (string Title, string Detail)> ByCode = new()
    {
        [(400, "en-US")] = ("Bad request", "The server cannot or will not process the request because of a client error, such as malformed syntax or invalid parameters."),
        [(400, "zh-CN")] = ("错误请求", "由于客户端错误（例如语法格式有误或参数无效），服务器无法或不愿处理该请求。"),
        [(400, "zh-TW")] = ("錯誤的請求", "由於用戶端錯誤（例如語法格式有誤或參數無效），伺服器無法或不願處理此請求。"),
        [(404, "en-US")] = ("Not found", "The server cannot find the requested resource, or does not want to reveal that it exists."),
        [(404, "zh-CN")] = ("未找到", "服务器找不到所请求的资源，或不愿透露该资源是否存在。"),
        [(404, "zh-TW")] = ("找不到", "伺服器找不到所請求的資源，或不願透露該資源是否存在。"),
        [(405, "en-US")] = ("Method not allowed", "The target resource does not support the request method. The response includes an Allow header listing the methods it does support."),
        [(405, "zh-CN")] = ("方法不允许", "目标资源不支持请求中使用的方法。响应中包含 Allow 标头，列出该资源支持的方法。"),
        [(405, "zh-TW")] = ("不允許的方法", "目標資源不支援請求中使用的方法。回應中包含 Allow 標頭，列出此資源支援的方法。"),
        [(409, "en-US")] = ("Conflict", "The request conflicts with the current state of the resource, for example an edit based on an outdated version. The response should explain the conflict."),
        [(409, "zh-CN")] = ("冲突", "请求与资源的当前状态冲突，例如基于过期版本所做的修改。响应应说明冲突的原因。"),
        [(409, "zh-TW")] = ("衝突", "請求與資源目前的狀態衝突，例如根據過時版本所做的修改。回應應說明衝突的原因。"),
        [(500, "en-US")] = ("Internal server error", "The server encountered an unexpected condition that prevented it from fulfilling the request."),
        [(500, "zh-CN")] = ("服务器内部错误", "服务器遇到意外情况，无法完成请求。"),
        [(500, "zh-TW")] = ("伺服器內部錯誤", "伺服器遇到非預期的狀況，無法完成請求。"),
    };

    public static string Title(int code, string locale) => ByCode[(code, locale)].Title;

    public static string Detail(int code, string locale) => ByCode[(code, locale)].Detail;

    /// <summary>The code's reference link: the problem's <c>type</c>.</summary>
    public static string Type(int code) => code switch
    {
        400 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
        404 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
        405 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6",
        409 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10",
        500 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1",
        _ => throw new KeyNotFoundException(code.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    };
}
