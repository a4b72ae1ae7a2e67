using System.IO;
using System.Text;

namespace StatusCodes.Tool.Inputs;

/// <summary>A text file as read, with what is needed to write it back the same way.</summary>
/// <param name="Source">How the bytes were decoded: detected, or as named with <c>--encoding</c>.</param>
internal sealed record TextFile(string Text, bool HasByteOrderMark, DetectedEncoding? Source = null)
{
    /// <summary>Reads <paramref name="path"/> in the encoding its bytes show, or in <paramref name="encoding"/> (a name <see cref="EncodingDetector.Known"/> lists).</summary>
    public static TextFile Read(string path, string? encoding = null)
    {
        var bytes = File.ReadAllBytes(path);
        var source = encoding is null ? EncodingDetector.Detect(bytes) : EncodingDetector.Named(encoding);
        var preamble = source.HasByteOrderMark ? source.Encoding.GetPreamble().Length : 0;
        string text;
        try
        {
            text = source.Encoding.GetString(bytes, preamble, bytes.Length - preamble);
        }
        catch (DecoderFallbackException ex)
        {
            throw new InvalidDataException("'" + path + "' is not valid " + source.Name + ": " + ex.Message, ex);
        }

        return new TextFile(text, source.HasByteOrderMark && source.Name == "UTF-8", source);
    }

    /// <summary>True when the build reads the file as this tool did: UTF-8, or UTF-16 with a byte order mark.</summary>
    public bool IsWhatTheBuildReads => Source is null || Source.IsWhatTheBuildReads;

    public Encoding Encoding => new UTF8Encoding(HasByteOrderMark);

    /// <summary>The line break the file mostly uses, so that inserted lines match their neighbours.</summary>
    public string NewLine
    {
        get
        {
            int crlf = 0, lf = 0;
            for (var i = 0; i < Text.Length; i++)
            {
                if (Text[i] == '\n')
                {
                    if (i > 0 && Text[i - 1] == '\r')
                    {
                        crlf++;
                    }
                    else
                    {
                        lf++;
                    }
                }
            }

            return crlf > lf ? "\r\n" : "\n";
        }
    }
}
