using System.IO;
using System.Text;

namespace StatusCodes.Tool.Inputs;

/// <summary>A text file as read, with what is needed to write it back the same way.</summary>
internal sealed record TextFile(string Text, bool HasByteOrderMark)
{
    public static TextFile Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return new TextFile(reader.ReadToEnd(), hasBom);
    }

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
