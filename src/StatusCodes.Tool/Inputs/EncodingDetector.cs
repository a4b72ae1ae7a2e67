using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace StatusCodes.Tool.Inputs;

/// <summary>How a file's bytes were decoded, and whether that is the UTF-8 (or UTF-16 with a byte order mark) the build reads.</summary>
/// <param name="Name">The encoding as messages name it: "GB18030 (GBK)".</param>
/// <param name="IsWhatTheBuildReads">UTF-8, or UTF-16 with a byte order mark: the compiler reads these as they are.</param>
/// <param name="Certain">False when no encoding reads the bytes convincingly and the name is only the best guess.</param>
internal sealed record DetectedEncoding(Encoding Encoding, string Name, bool IsWhatTheBuildReads, bool HasByteOrderMark, bool Certain = true);

/// <summary>
/// Tells the encoding of a text file from its bytes: a byte order mark, then strict UTF-8, then the
/// NUL pattern of UTF-16 without a byte order mark, then the legacy encodings editors still save
/// definition files in (GB18030/GBK, Big5, Shift-JIS, Windows-1252). Several legacy encodings
/// often decode the same bytes without an error, so each decoding is scored by how much it looks
/// like text in its language: common characters of that script, and no runs of odd symbols.
/// </summary>
internal static class EncodingDetector
{
    // Frequent simplified and traditional characters, with the words of status texts. A decoding
    // of Big5 bytes as GB18030 (or the reverse) gives valid but rare characters, which these miss.
    private const string CommonSimplified =
        "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴注"
        + "银卡拒绝错误超时找到服务器授权禁止访问付款败功效请求未知状态码网络连接断开重试限制余额不足账户冻结过期无效参数签名验证失败";

    private const string CommonTraditional =
        "的一是不了人我在有他這中大來上國個到說們為子和你地出道也時年得就那要下以生會自著去之過家學對可她裡後小麼心多天而能好都然沒日於起還發成事只作當想看文無開手十用主行方又如前所本見經頭面公同三已老從動兩長知民樣現分將外但身些與高意進把法此實回二理美點月明其種聲全工己話兒者向情部正名定女問力機給等幾很業最間新什打便位因重被走電四第門相次東政海口使教西再平真聽世氣信北少關並內加化由卻代軍產入先山五太水萬市眼體別處總才場師書比住員九笑性通目華報立馬命張活難神數件安表原車白應路期叫死常提感金何更反合放做系計或司利受光王果親界及今京務制解各任至清物台象記邊共風戰乾接它許八特覺望直服毛林題建南度統色字請交愛讓認算論百吃義科怎元社術結六功指思非流每青管夫連遠資隊跟帶花快條院變聯言權往展該領傳近留紅治決周保達辦運武半候七必城父強步完革深區即求品士轉量空甚眾技輕程告江語英基派滿式李息寫呢識極令黃德收臉錢黨倒未持取設始版雙歷越史商千片容研像找友孩站廣改議形委早房音火際則首單據導影失拿網香似斯專石若兵弟誰校讀志飛觀爭究包組造落視濟喜離雖壞興注"
        + "銀卡拒絕錯誤逾時找到伺服器授權禁止存取付款失敗成功請求未知狀態碼網路連線中斷重試限制餘額不足帳戶凍結過期無效參數簽章驗證";

    private const string CjkPunctuation = "，。、：；！？（）《》「」『』“”‘’…—";

    private static readonly HashSet<char> Simplified = new(CommonSimplified + CjkPunctuation);
    private static readonly HashSet<char> Traditional = new(CommonTraditional + CjkPunctuation);

    /// <summary>The names <c>--encoding</c> accepts, and the encodings they stand for.</summary>
    public static readonly IReadOnlyDictionary<string, string> Known = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["utf-8"] = "UTF-8",
        ["utf-16le"] = "UTF-16 LE",
        ["utf-16be"] = "UTF-16 BE",
        ["gb18030"] = "GB18030 (GBK)",
        ["gbk"] = "GB18030 (GBK)",
        ["big5"] = "Big5",
        ["shift-jis"] = "Shift-JIS",
        ["windows-1252"] = "Windows-1252",
        ["latin1"] = "Windows-1252",
    };

    static EncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding named on the command line (a key of <see cref="Known"/>), strict: bytes it cannot decode are an error.</summary>
    public static DetectedEncoding Named(string name)
    {
        var key = name.ToLowerInvariant();
        var display = Known[key];
        return key switch
        {
            "utf-8" => new DetectedEncoding(new UTF8Encoding(false, true), display, true, false),
            "utf-16le" => new DetectedEncoding(new UnicodeEncoding(false, false, true), display, false, false),
            "utf-16be" => new DetectedEncoding(new UnicodeEncoding(true, false, true), display, false, false),
            "gb18030" or "gbk" => Legacy("GB18030", display),
            "big5" => Legacy("big5", display),
            "shift-jis" => Legacy("shift_jis", display),
            _ => Legacy("windows-1252", display),
        };
    }

    public static DetectedEncoding Detect(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return new DetectedEncoding(new UTF8Encoding(true, true), "UTF-8", true, true);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return new DetectedEncoding(new UnicodeEncoding(false, true, true), "UTF-16 LE", true, true);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return new DetectedEncoding(new UnicodeEncoding(true, true, true), "UTF-16 BE", true, true);
        }

        if (Utf16WithoutByteOrderMark(bytes) is { } utf16)
        {
            return utf16;
        }

        if (Decodes(new UTF8Encoding(false, true), bytes, out _))
        {
            return new DetectedEncoding(new UTF8Encoding(false, true), "UTF-8", true, false);
        }

        if (BrokenUtf8(bytes) is { } broken)
        {
            return broken;
        }

        var best = new[] { ("GB18030", "GB18030 (GBK)"), ("big5", "Big5"), ("shift_jis", "Shift-JIS"), ("windows-1252", "Windows-1252") }
            .Select(c => (Candidate: c, Encoding: Legacy(c.Item1, c.Item2)))
            .Select(c => (c.Encoding, Score: Decodes(c.Encoding.Encoding, bytes, out var text) ? Score(c.Candidate.Item1, text) : double.NegativeInfinity))
            .OrderByDescending(c => c.Score)
            .First();
        return best.Score > 0 ? best.Encoding : best.Encoding with { Certain = false };
    }

    /// <summary>The name of a UTF-8 file with a few bytes that are no character: no other encoding would read it better.</summary>
    public const string BrokenUtf8Name = "UTF-8 with invalid byte sequences";

    /// <summary>
    /// Mostly UTF-8, with some bytes that are not: more characters outside ASCII decode than fail. A
    /// legacy encoding read as UTF-8 is the other way round, nearly every byte outside ASCII fails.
    /// </summary>
    private static DetectedEncoding? BrokenUtf8(byte[] bytes)
    {
        var lenient = new UTF8Encoding(false, false);
        var text = lenient.GetString(bytes);
        int replaced = 0, decoded = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD')
            {
                replaced++;
            }
            else if (c >= 0x80)
            {
                decoded++;
            }
        }

        return decoded > replaced ? new DetectedEncoding(lenient, BrokenUtf8Name, false, false) : null;
    }

    private static DetectedEncoding Legacy(string name, string display)
        => new(Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback), display, false, false);

    /// <summary>ASCII in UTF-16 is every other byte NUL: on odd offsets little endian, on even ones big endian.</summary>
    private static DetectedEncoding? Utf16WithoutByteOrderMark(byte[] bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }

        int even = 0, odd = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == 0)
            {
                if (i % 2 == 0)
                {
                    even++;
                }
                else
                {
                    odd++;
                }
            }
        }

        var half = bytes.Length / 2;
        var bigEndian = even * 4 >= half && odd == 0;
        var littleEndian = odd * 4 >= half && even == 0;
        if (!bigEndian && !littleEndian)
        {
            return null;
        }

        var encoding = new UnicodeEncoding(bigEndian, false, true);
        return Decodes(encoding, bytes, out _) ? new DetectedEncoding(encoding, bigEndian ? "UTF-16 BE" : "UTF-16 LE", false, false) : null;
    }

    private static bool Decodes(Encoding encoding, byte[] bytes, out string text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    /// <summary>How much <paramref name="text"/> looks like text in the language <paramref name="encoding"/> is made for; above zero is convincing.</summary>
    private static double Score(string encoding, string text)
    {
        double score = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                continue;
            }

            var cjk = c is >= '\u4E00' and <= '\u9FFF';
            score += encoding switch
            {
                "GB18030" => Simplified.Contains(c) ? 2 : cjk ? 0.25 : -2,
                "big5" => Traditional.Contains(c) ? 2 : cjk ? 0.25 : -2,
                "shift_jis" => c is >= '\u3040' and <= '\u30FF' ? 2 : c is '、' or '。' or '「' or '」' ? 2 : cjk ? 0.25 : -2,

                // Western text has a letter with an accent here and there between ASCII letters, not runs of them.
                _ => char.IsLetter(c) && (i == 0 || text[i - 1] < 0x80) && (i + 1 == text.Length || text[i + 1] < 0x80) ? 2 : -1,
            };
        }

        return score;
    }
}
