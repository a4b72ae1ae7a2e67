using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace StatusCodes.Generators.Analyzers;

/// <summary>Reads the compile-time value an operation produces, as the int it ends up as.</summary>
internal static class ConstantValues
{
    /// <summary>
    /// The value that <paramref name="conversion"/> (to an int enum, or to the nullable enum)
    /// produces from a constant operand. For the enum itself the compiler has folded the value,
    /// with checked or unchecked overflow already applied; a nullable conversion is never a
    /// constant, so its operand is converted here by the same rules.
    /// </summary>
    public static bool TryGetConvertedInt32(IConversionOperation conversion, out int value)
    {
        if (conversion.ConstantValue is { HasValue: true, Value: int folded })
        {
            value = folded;
            return true;
        }

        var operand = conversion.Operand.ConstantValue;
        if (operand.HasValue)
        {
            return TryToInt32(operand.Value, conversion.IsChecked, out value);
        }

        value = 0;
        return false;
    }

    /// <summary>
    /// The integer constant under any value-preserving implicit conversions (for example
    /// <c>int</c> to <c>int?</c> for an optional <c>statusCode</c> parameter), or an explicit
    /// conversion the compiler folded (<c>(HttpStatusCode)404</c>).
    /// </summary>
    public static bool TryGetInt32(IOperation? operation, out int value)
    {
        while (operation is not null)
        {
            if (operation.ConstantValue.HasValue)
            {
                return TryToInt32(operation.ConstantValue.Value, isChecked: true, out value);
            }

            if (operation is IConversionOperation { IsImplicit: true } or IConversionOperation { Type: INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } })
            {
                operation = ((IConversionOperation)operation).Operand;
                continue;
            }

            break;
        }

        value = 0;
        return false;
    }

    /// <summary>The constant string (or the constant null) under implicit conversions such as string to ReadOnlySpan&lt;char&gt;.</summary>
    public static bool TryGetString(IOperation? operation, out string? value)
    {
        while (operation is not null)
        {
            if (operation.ConstantValue.HasValue)
            {
                value = operation.ConstantValue.Value as string;
                return value is not null || operation.ConstantValue.Value is null;
            }

            if (operation is IConversionOperation { IsImplicit: true } conversion)
            {
                operation = conversion.Operand;
                continue;
            }

            break;
        }

        value = null;
        return false;
    }

    /// <summary>
    /// An integral, char or floating constant as int, the way a C# conversion to an int enum
    /// would produce it: checked fails outside int; unchecked keeps the low 32 bits of an integer.
    /// </summary>
    public static bool TryToInt32(object? constant, bool isChecked, out int value)
    {
        long wide;
        switch (constant)
        {
            case int i:
                value = i;
                return true;
            case sbyte or byte or short or ushort or uint or long or char:
                wide = Convert.ToInt64(constant, System.Globalization.CultureInfo.InvariantCulture);
                break;
            case ulong u:
                if (isChecked && u > int.MaxValue)
                {
                    value = 0;
                    return false;
                }

                value = unchecked((int)u);
                return true;
            case float f:
                return TryTruncate(f, out value);
            case double d:
                return TryTruncate(d, out value);
            case decimal m:
                m = decimal.Truncate(m);
                if (m < int.MinValue || m > int.MaxValue)
                {
                    value = 0;
                    return false;
                }

                value = (int)m;
                return true;
            default:
                value = 0;
                return false;
        }

        if (isChecked && (wide < int.MinValue || wide > int.MaxValue))
        {
            value = 0;
            return false;
        }

        value = unchecked((int)wide);
        return true;
    }

    private static bool TryTruncate(double real, out int value)
    {
        // Outside int the result of the conversion is unspecified, so say nothing about it.
        var truncated = Math.Truncate(real);
        if (double.IsNaN(truncated) || truncated < int.MinValue || truncated > int.MaxValue)
        {
            value = 0;
            return false;
        }

        value = (int)truncated;
        return true;
    }
}
