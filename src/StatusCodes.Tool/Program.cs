using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using StatusCodes.Tool.Cli;

namespace StatusCodes.Tool;

public static class Program
{
    public static Task<int> Main(string[] args)
    {
        try
        {
            // Texts are mostly CJK; a console left on a legacy code page would print question marks.
            Console.OutputEncoding = new UTF8Encoding(false);
        }
        catch (IOException)
        {
            // No console to configure (output redirected on some hosts); the default is fine then.
        }

        return ToolApp.RunAsync(args, Console.Out, Console.Error);
    }
}
