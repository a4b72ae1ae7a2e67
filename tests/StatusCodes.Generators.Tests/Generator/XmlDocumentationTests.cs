using System.Collections.Generic;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Generator;

/// <summary>The XML docs (IntelliSense) speak the project's default locale and list the others.</summary>
public sealed class XmlDocumentationTests
{
    [Fact]
    public void Summaries_are_in_the_project_default_locale_and_remarks_list_the_other_locales()
    {
        var run = GeneratorRunner.Run(
            new[] { ("/defs/http.codes.yaml", TestDefinitions.Http) },
            properties: new Dictionary<string, string> { ["RootNamespace"] = "TestProject", ["StatusCodesDefaultLocale"] = "zh-TW" });

        var http = run.Source("TestProject.HttpStatus.g.cs");
        Assert.Contains(
            "        /// <summary>\n        /// <c>404</c> 找不到。伺服器找不到所請求的資源，或不願透露該資源是否存在。\n        /// </summary>\n        /// <remarks>\n"
            + "        /// <para>en-US: Not found. The server cannot find the requested resource, or does not want to reveal that it exists.</para>\n"
            + "        /// <para>zh-CN: 未找到。服务器找不到所请求的资源，或不愿透露该资源是否存在。</para>\n",
            http,
            System.StringComparison.Ordinal);
        Assert.Contains("    /// IANA HTTP 狀態碼登錄表中的 HTTP 回應狀態碼，以及少數常見的非標準狀態碼。\n", http, System.StringComparison.Ordinal);
        Assert.Contains("/// <c>400</c> to <c>499</c>: 用戶端錯誤\n", http, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_the_project_default_locale_documents_in_its_own_default()
    {
        const string french = "locales: [fr-FR, de-DE]\nsets:\n  - name: Colis\n    codes:\n      - { code: 1, name: Livre, title: { fr-FR: Livré, de-DE: Geliefert } }\n";
        var run = GeneratorRunner.Run(
            new[] { ("/defs/http.codes.yaml", TestDefinitions.Http), ("/p/colis.codes.yaml", french) },
            properties: new Dictionary<string, string> { ["RootNamespace"] = "TestProject", ["StatusCodesDefaultLocale"] = "zh-TW" });

        Assert.Contains("/// <c>1</c> Livré\n        /// </summary>\n        /// <remarks>\n        /// <para>de-DE: Geliefert</para>\n", run.Source("TestProject.Colis.g.cs"), System.StringComparison.Ordinal);
    }
}
