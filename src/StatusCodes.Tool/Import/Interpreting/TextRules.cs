namespace StatusCodes.Tool.Import.Interpreting;

/// <summary>Sentence rules for texts that must be split into a title and a description.</summary>
internal static class TextRules
{
    /// <summary>
    /// The first sentence, without its full stop: up to 。！？ (or . ! ? followed by a space) or a
    /// line break. "连接超时。超时时间为30秒。" → "连接超时".
    /// </summary>
    public static string FirstSentence(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ends = c is '。' or '！' or '？' or '\n'
                || (c is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (ends)
            {
                var sentence = text.Substring(0, i).Trim();
                return sentence.Length > 0 ? sentence : WithoutFinalStop(text);
            }
        }

        return text;
    }

    public static string WithoutFinalStop(string text)
        => text.Length > 1 && text[text.Length - 1] is '。' or '.' or '！' or '!' or '？' or '?' ? text.Substring(0, text.Length - 1).TrimEnd() : text;
}
