using System;
using System.Text;

namespace StatusCodes.Generators.Emitting;

/// <summary>Writes C# text with an indentation counter; every line ends in LF, whatever the machine.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new(4096);
    private int _indent;

    public void Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4).Append(text);
        }

        _builder.Append('\n');
    }

    /// <summary>Writes a block of text line by line at the current indentation; blank lines stay empty.</summary>
    public void Lines(string block)
    {
        foreach (var line in block.Replace("\r\n", "\n").Split('\n'))
        {
            Line(line);
        }
    }

    public void OpenBrace()
    {
        Line("{");
        _indent++;
    }

    public void CloseBrace(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
    }

    /// <summary>Indents the following lines one level more, for a continued expression.</summary>
    public void Indent() => _indent++;

    public void Unindent() => _indent--;

    public IDisposable Block(string header, string suffix = "")
    {
        Line(header);
        OpenBrace();
        return new Closer(this, suffix);
    }

    public override string ToString() => _builder.ToString();

    private sealed class Closer : IDisposable
    {
        private readonly SourceWriter _writer;
        private readonly string _suffix;

        public Closer(SourceWriter writer, string suffix)
        {
            _writer = writer;
            _suffix = suffix;
        }

        public void Dispose() => _writer.CloseBrace(_suffix);
    }
}
