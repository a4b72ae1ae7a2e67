namespace StatusCodes.Definitions.Characters;

/// <summary>Where a file's text shows that it was decoded with the wrong encoding, what that says and what to do.</summary>
public sealed record EncodingProblem(int Index, string Problem, string Fix = EncodingProblem.SaveAsUtf8)
{
    public const string SaveAsUtf8 = "Save it as UTF-8 ('statuscodes lint --fix' converts it).";
}

/// <summary>
/// Signs in already-decoded text that the file is not UTF-8. The compiler reads an additional file
/// as strict UTF-8 (or by its byte order mark) and, when that fails, decodes it again with the
/// machine's default code page: on Linux and macOS that is UTF-8 with every undecodable byte turned
/// into U+FFFD; on Windows the system's ANSI code page. UTF-16 without a byte order mark is usually
/// valid UTF-8 byte for byte, and shows as a NUL after (little endian) or before (big endian)
/// every ASCII letter.
/// </summary>
public static class TextEncodingCheck
{
    public static EncodingProblem? Find(string text)
    {
        var nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            var nuls = 0;
            var odd = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\0')
                {
                    nuls++;
                    odd += i & 1;
                }
            }

            // ASCII in UTF-16 is every other byte NUL; a stray NUL is only a bad character, for the YAML reader to report.
            if (nuls * 4 >= text.Length)
            {
                var littleEndian = odd * 2 >= nuls;
                return new EncodingProblem(
                    nul,
                    "it has a NUL character (U+0000) " + (littleEndian ? "after" : "before") + " every ASCII letter, which is what UTF-16 "
                    + (littleEndian ? "LE" : "BE") + " without a byte order mark looks like when read as UTF-8");
            }
        }

        return null;
    }

    /// <summary>
    /// The reader replaced bytes that are not UTF-8 with U+FFFD. Only the host knows whether it did
    /// (a U+FFFD written in a UTF-8 file is a character like any other), so this is asked only when
    /// the host says it decoded leniently.
    /// </summary>
    public static EncodingProblem? ReplacedBytes(string text)
    {
        var replacement = text.IndexOf('\uFFFD');
        return replacement < 0
            ? null
            : new EncodingProblem(
                replacement,
                "the bytes here are not valid UTF-8 and were read as U+FFFD REPLACEMENT CHARACTER, so its texts would be garbled. "
                + "Editors leave such bytes when they save Chinese text as GB18030 (GBK) or Big5, Japanese as Shift-JIS, or Western text as Windows-1252");
    }

    /// <summary>
    /// The compiler could not read the file as UTF-8 and decoded it with the code page
    /// <paramref name="encodingName"/> (Windows falls back to the system's ANSI code page): the
    /// text may be right on this machine and wrong on the next.
    /// </summary>
    public static EncodingProblem FallbackDecoding(string text, string encodingName)
    {
        var index = 0;
        while (index < text.Length && text[index] < 0x80)
        {
            index++;
        }

        return new EncodingProblem(
            index == text.Length ? 0 : index,
            "the compiler could not read it as UTF-8 and decoded it with this machine's code page " + encodingName
            + ", so its texts would depend on the machine that builds it");
    }
}
