using System;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SmarterProctoring.Declarative.Analyzers.Model;

namespace SmarterProctoring.Declarative.Analyzers;

/// <summary>
/// Reports header names that are not RFC 9110 tokens (SPD2017), credential headers passed as arguments (SPD2018)
/// and secrets sent in the query string (SPD2019).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HeaderAndQueryAnalyzer : ClientInterfaceAnalyzer
{
    private static readonly ImmutableHashSet<string> s_credentialHeaders = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase, "Authorization", "Proxy-Authorization", "token", "Cookie", "X-Api-Key");

    private static readonly ImmutableHashSet<string> s_secretQueryKeys = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase, "token", "access_token", "password", "apiKey", "api_key", "secret", "client_secret");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.InvalidHeaderName, DiagnosticDescriptors.CredentialHeader, DiagnosticDescriptors.SecretInQuery);

    internal override void Analyze(SymbolAnalysisContext context, ClientInterface client, KnownTypes known)
    {
        foreach (ClientMethod method in client.Methods)
        {
            foreach (ClientParameter parameter in method.Parameters)
            {
                if (parameter.Binding == Binding.Header)
                {
                    string name = parameter.Key!;
                    Location location = AttributeArguments.LocationOf(parameter.BindingAttributes[0].Data, 0, "name", context.CancellationToken);
                    if (TokenDefect(name) is string defect)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidHeaderName, location, Printable(name), parameter.Name, defect));
                    }
                    else if (s_credentialHeaders.Contains(name))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.CredentialHeader, location, name, parameter.Name));
                    }
                }
                else if (parameter.Binding == Binding.Query && s_secretQueryKeys.Contains(parameter.Key!))
                {
                    AttributeData query = parameter.BindingAttributes[0].Data;
                    Location location = query.ConstructorArguments.Length == 1
                        ? AttributeArguments.LocationOf(query, 0, "name", context.CancellationToken)
                        : parameter.Location;
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SecretInQuery, location, parameter.Key, method.Symbol.Name));
                }
            }
        }
    }

    /// <summary>Why <paramref name="name"/> is not an RFC 9110 token (1*tchar), or null when it is one.</summary>
    private static string? TokenDefect(string name)
    {
        if (name.Length == 0)
        {
            return "it is empty";
        }

        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            bool tchar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$%&'*+-.^_`|~".IndexOf(c) >= 0;
            if (!tchar)
            {
                return "character " + (i + 1).ToString(CultureInfo.InvariantCulture) + " is " + Describe(c);
            }
        }

        return null;
    }

    private static string Describe(char c) =>
        c > ' ' && c < '\u007f' ? "'" + c + "'" : c == ' ' ? "a space" : "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>The name with control and non-ASCII characters escaped, so a message stays on one line.</summary>
    private static string Printable(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (c >= ' ' && c < '\u007f')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
