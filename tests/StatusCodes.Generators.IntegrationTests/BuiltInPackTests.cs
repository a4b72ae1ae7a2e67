using System;
using System.Linq;
using Xunit;

namespace StatusCodes.Generators.IntegrationTests;

/// <summary>
/// The opt-in built-in definitions as a project gets them through StatusCodesBuiltInSets
/// (all;HttpStatus.Nginx;HttpStatus.Cloudflare;HttpStatus.Iis;HttpStatus.AwsElb;GrpcStatus) and
/// Grpc.Core.Api: the packs' codes in HttpStatus, GrpcStatus with its interop, and ToGrpcStatus.
/// </summary>
public sealed class BuiltInPackTests
{
    [Theory]
    [InlineData(444, "ConnectionClosedWithoutResponse", "Connection closed without response", "连接已关闭且无响应", "連線已關閉且無回應")]
    [InlineData(495, "SslCertificateError", "Client certificate error", "客户端证书错误", "用戶端憑證錯誤")]
    [InlineData(522, "ConnectionTimedOut", "Connection to origin timed out", "连接源服务器超时", "連線至原始伺服器逾時")]
    [InlineData(440, "LoginTimeOut", "Login time-out", "登录超时", "登入逾時")]
    [InlineData(464, "IncompatibleProtocolVersion", "Protocol incompatible with target group", "协议与目标组不兼容", "通訊協定與目標群組不相容")]
    public void Pack_codes_are_members_of_HttpStatus_with_their_texts(int code, string name, string english, string simplified, string traditional)
    {
        var status = HttpStatusExtensions.FromCode(code);

        Assert.Equal(name, status.ToStringFast());
        Assert.True(HttpStatusExtensions.TryParse(name, out var parsed));
        Assert.Equal(status, parsed);
        Assert.Equal(english, status.GetTitle(StatusLocale.EnUS));
        Assert.Equal(simplified, status.GetTitle(StatusLocale.ZhCN));
        Assert.Equal(traditional, status.GetTitle(StatusLocale.ZhTW));
    }

    [Fact]
    public void Pack_codes_fall_in_the_categories_of_their_ranges_and_link_the_vendors_documentation()
    {
        Assert.True(HttpStatus.ConnectionClosedWithoutResponse.IsClientError());
        Assert.True(HttpStatus.WebServerReturnedUnknownError.IsServerError());
        Assert.True(HttpStatus.IdentityProviderUnauthorized.IsServerError());
        Assert.StartsWith("https://nginx.org/", HttpStatus.HttpRequestSentToHttpsPort.GetReference(), StringComparison.Ordinal);
        Assert.StartsWith("https://developers.cloudflare.com/", HttpStatus.InvalidSslCertificate.GetReference(), StringComparison.Ordinal);
        Assert.StartsWith("https://learn.microsoft.com/", HttpStatus.LoginTimeOut.GetReference(), StringComparison.Ordinal);
        Assert.StartsWith("https://docs.aws.amazon.com/elasticloadbalancing/", HttpStatus.ClientClosedConnection.GetReference(), StringComparison.Ordinal);
    }

    [Fact]
    public void GrpcStatus_has_the_seventeen_codes_with_their_canonical_reason_phrases()
    {
        string[] phrases =
        {
            "OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND", "ALREADY_EXISTS", "PERMISSION_DENIED",
            "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED",
        };

        Assert.Equal(Enumerable.Range(0, 17), GrpcStatusExtensions.GetValues().Select(v => (int)v));
        Assert.Equal(phrases, GrpcStatusExtensions.GetValues().Select(v => v.GetReasonPhrase()));
        Assert.Equal("NOT_FOUND", GrpcStatus.NotFound.GetReasonPhrase());
        Assert.Equal("找不到", GrpcStatus.NotFound.GetTitle(StatusLocale.ZhTW));
        Assert.Equal("https://grpc.github.io/grpc/core/md_doc_statuscodes.html", GrpcStatus.Unavailable.GetReference());
    }

    [Fact]
    public void GrpcStatus_converts_to_and_from_Grpc_Core_StatusCode_member_by_member()
    {
        foreach (var status in GrpcStatusExtensions.GetValues())
        {
            var grpc = status.ToStatusCode();
            Assert.Equal(status.ToStringFast(), grpc.ToString());
            Assert.Equal(status, GrpcStatusExtensions.FromStatusCode(grpc));
        }

        Assert.Equal(Enum.GetValues<Grpc.Core.StatusCode>().Length, GrpcStatusExtensions.GetValues().Count);
        Assert.Equal("已取消", Grpc.Core.StatusCode.Cancelled.GetTitle(StatusLocale.ZhCN));
    }

    [Theory]
    [InlineData(400, "Internal")]
    [InlineData(401, "Unauthenticated")]
    [InlineData(403, "PermissionDenied")]
    [InlineData(404, "Unimplemented")]
    [InlineData(429, "Unavailable")]
    [InlineData(502, "Unavailable")]
    [InlineData(503, "Unavailable")]
    [InlineData(504, "Unavailable")]
    [InlineData(200, "Unknown")]
    [InlineData(405, "Unknown")]
    [InlineData(500, "Unknown")]
    [InlineData(444, "Unknown")]
    [InlineData(520, "Unknown")]
    public void ToGrpcStatus_maps_as_the_grpc_project_documents(int code, string expected)
    {
        Assert.Equal(expected, ((HttpStatus)code).ToGrpcStatus().ToStringFast());
    }
}
