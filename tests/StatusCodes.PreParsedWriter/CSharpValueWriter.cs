using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using StatusCodes.Definitions.Helpers;

namespace StatusCodes.PreParsedWriter;

/// <summary>
/// Writes a model value as the C# expression that builds it again: a record through its primary
/// constructor (and an initializer for init-only properties that differ from their default), an
/// <see cref="EquatableArray{T}"/> as an array, strings, numbers, booleans and enums as literals.
/// Types are written by their simple names (the file imports their namespaces). Occurrences of one
/// string, the file path, are written as a parameter named <c>path</c>. Any other
/// type is an error, so a model change that the writer cannot express stops the script and fails the
/// test that compares the data file.
/// </summary>
public sealed class CSharpValueWriter
{
    private readonly string _path;
    private readonly StringBuilder _builder = new();
    private int _indent;

    public CSharpValueWriter(string path, int indent)
    {
        _path = path;
        _indent = indent;
    }

    public static string Write(object? value, Type type, string path, int indent)
    {
        var writer = new CSharpValueWriter(path, indent);
        writer.WriteValue(value, type);
        return writer._builder.ToString();
    }

    private void WriteValue(object? value, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        switch (value)
        {
            case null:
                _builder.Append(underlying.IsValueType ? "default" : "null");
                return;
            case string text:
                _builder.Append(text == _path ? "path" : SymbolDisplay.FormatLiteral(text, quote: true));
                return;
            case bool flag:
                _builder.Append(flag ? "true" : "false");
                return;
            case int number:
                _builder.Append(number.ToString(CultureInfo.InvariantCulture));
                return;
            case Enum member:
                _builder.Append(TypeName(underlying)).Append('.').Append(member.ToString());
                return;
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            WriteArray((IEnumerable)value, underlying);
            return;
        }

        if (underlying.GetMethod("<Clone>$") is not null)
        {
            WriteRecord(value, underlying);
            return;
        }

        throw new NotSupportedException("The writer cannot express a value of type " + underlying.FullName + ".");
    }

    private void WriteArray(IEnumerable items, Type type)
    {
        var elementType = type.GetGenericArguments()[0];
        var list = items.Cast<object>().ToList();
        if (list.Count == 0)
        {
            _builder.Append(TypeName(type)).Append(".Empty");
            return;
        }

        _builder.Append("new ").Append(TypeName(type)).Append("(new ").Append(TypeName(elementType)).Append("[]");
        _indent++;
        _builder.AppendLine().Append(' ', _indent * 4).Append('{');
        _indent++;
        foreach (var item in list)
        {
            _builder.AppendLine().Append(' ', _indent * 4);
            WriteValue(item, elementType);
            _builder.Append(',');
        }

        _indent--;
        _builder.AppendLine().Append(' ', _indent * 4).Append("})");
        _indent--;
    }

    private void WriteRecord(object value, Type type)
    {
        // The primary constructor: the public one with the most parameters (a record's copy
        // constructor is protected).
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var parameters = constructor.GetParameters();
        _builder.Append("new ").Append(TypeName(type)).Append('(');
        for (var i = 0; i < parameters.Length; i++)
        {
            if (i > 0)
            {
                _builder.Append(", ");
            }

            var property = type.GetProperty(parameters[i].Name!, BindingFlags.Public | BindingFlags.Instance)
                ?? throw new NotSupportedException(type.FullName + " has no property for the constructor parameter " + parameters[i].Name + ".");
            WriteValue(property.GetValue(value), parameters[i].ParameterType);
        }

        _builder.Append(')');

        var initializers = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && parameters.All(c => c.Name != p.Name))
            .Select(p => (Property: p, Value: p.GetValue(value)))
            .Where(p => !Equals(p.Value, p.Property.PropertyType.IsValueType ? Activator.CreateInstance(p.Property.PropertyType) : null))
            .ToList();
        if (initializers.Count > 0)
        {
            _builder.Append(" { ");
            foreach (var (property, propertyValue) in initializers)
            {
                _builder.Append(property.Name).Append(" = ");
                WriteValue(propertyValue, property.PropertyType);
                _builder.Append(", ");
            }

            _builder.Append('}');
        }
    }

    private static string TypeName(Type type)
    {
        if (type == typeof(string))
        {
            return "string";
        }

        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var name = type.GetGenericTypeDefinition().Name;
        name = name.Substring(0, name.IndexOf('`', StringComparison.Ordinal));
        return name + "<" + string.Join(", ", type.GetGenericArguments().Select(TypeName)) + ">";
    }
}
