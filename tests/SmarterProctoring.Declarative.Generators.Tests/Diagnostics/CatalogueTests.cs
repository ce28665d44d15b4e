using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Xunit;

using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>
/// Every diagnostic ID has what the house style asks for: a range that matches its category, a help link to its
/// page, the page itself (with a wrong and a fixed example), a line in the README table and in release tracking,
/// and tests.
/// </summary>
public sealed partial class CatalogueTests
{
    private static readonly DiagnosticDescriptor[] s_descriptors =
    [
        .. typeof(DiagnosticDescriptors).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Id, StringComparer.Ordinal),
    ];

    public static TheoryData<string> Ids() => [.. s_descriptors.Select(d => d.Id)];

    [Fact]
    public void Each_id_is_one_descriptor_and_no_analyzer_repeats_a_rule_of_the_parse()
    {
        Assert.Equal(s_descriptors.Length, s_descriptors.Select(d => d.Id).Distinct().Count());
        string[] analyzerIds = [.. AnalyzerHarness.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id)];
        Assert.Equal(analyzerIds.Length, analyzerIds.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Id_is_in_the_range_of_its_category_and_links_to_its_page(string id)
    {
        DiagnosticDescriptor descriptor = s_descriptors.Single(d => d.Id == id);
        string expectedCategory = id[3] switch
        {
            '1' => "SmarterProctoring.Routes",
            '2' => "SmarterProctoring.Signatures",
            '3' => "SmarterProctoring.Json",
            _ => "SmarterProctoring.CallSites",
        };

        Assert.Matches("^SPD[1-4][0-9]{3}$", id);
        Assert.Equal(expectedCategory, descriptor.Category);
        Assert.Equal("https://github.com/smarterproctoring/SmarterProctoring.Declarative/blob/main/docs/diagnostics/" + id + ".md", descriptor.HelpLinkUri);
        Assert.True(descriptor.IsEnabledByDefault);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Id_has_a_page_with_its_title_severity_and_a_wrong_and_a_fixed_example(string id)
    {
        DiagnosticDescriptor descriptor = s_descriptors.Single(d => d.Id == id);
        string page = Repository.Read("docs", "diagnostics", id + ".md");

        Assert.StartsWith("# " + id + ": " + descriptor.Title.ToString(CultureInfo.InvariantCulture) + "\n", page, StringComparison.Ordinal);
        Assert.Contains("**Severity:** " + Severity(descriptor), page, StringComparison.Ordinal);
        Assert.Contains("## Wrong", page, StringComparison.Ordinal);
        Assert.Contains("## Fixed", page, StringComparison.Ordinal);
        Assert.Equal(2, CSharpBlock().Count(page));
        if (descriptor.DefaultSeverity == DiagnosticSeverity.Warning)
        {
            Assert.Contains("#pragma warning disable " + id, page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Example_message_on_the_page_is_one_the_analyzer_writes(string id)
    {
        DiagnosticDescriptor descriptor = s_descriptors.Single(d => d.Id == id);
        string page = Repository.Read("docs", "diagnostics", id + ".md");
        string example = page.Split('\n').Single(line => line.StartsWith("> ", StringComparison.Ordinal))[2..];

        Assert.Matches("^" + Pattern(descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture)) + "$", example);
    }

    /// <summary>A message format as a regular expression: literal text, and '.+' for each argument.</summary>
    private static string Pattern(string format)
    {
        var pattern = new System.Text.StringBuilder();
        for (int i = 0; i < format.Length; i++)
        {
            if (format[i] == '{' && format[i + 1] != '{')
            {
                i = format.IndexOf('}', i);
                pattern.Append(".+");
            }
            else
            {
                pattern.Append(Regex.Escape(format[i].ToString()));
                i += format[i] is '{' or '}' ? 1 : 0;
            }
        }

        return pattern.ToString();
    }

    [Fact]
    public void Readme_table_lists_every_id_with_its_severity_title_and_page()
    {
        string readme = Repository.Read("docs", "diagnostics", "README.md");
        string[] rows = [.. readme.Split('\n').Where(line => line.StartsWith("| [SPD", StringComparison.Ordinal))];

        Assert.Equal(
            s_descriptors.Select(d => "| [" + d.Id + "](" + d.Id + ".md) | " + Severity(d) + " | " + d.Title.ToString(CultureInfo.InvariantCulture).Replace("|", "\\|", StringComparison.Ordinal) + " |"),
            rows);
    }

    [Fact]
    public void Release_tracking_lists_every_id_with_its_category_and_severity()
    {
        string unshipped = Repository.Read("generators", "SmarterProctoring.Declarative.Generators", "Diagnostics", "AnalyzerReleases.Unshipped.md");
        string[] rows = [.. unshipped.Split('\n').Where(line => line.StartsWith("SPD", StringComparison.Ordinal)).Select(line => string.Join(" | ", line.Split('|').Take(3).Select(c => c.Trim())))];

        Assert.Equal(s_descriptors.Select(d => d.Id + " | " + d.Category + " | " + d.DefaultSeverity), rows);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Id_has_a_positive_and_a_negative_test(string id)
    {
        IEnumerable<string> tests = Directory.EnumerateFiles(Path.Combine(Repository.Root, "tests", "SmarterProctoring.Declarative.Generators.Tests", "Diagnostics"), "*Tests.cs")
            .Select(File.ReadAllText);
        string all = string.Concat(tests);

        Assert.Matches("DiagnosticAsync\\([\\s\\S]{0,4000}?\"" + id + "\",\\s*\"", all);
        Assert.Matches("NoDiagnosticAsync\\([\\s\\S]{0,4000}?\"" + id + "\"\\)", all);
    }

    private static string Severity(DiagnosticDescriptor descriptor) => descriptor.DefaultSeverity switch
    {
        DiagnosticSeverity.Error => "Error",
        DiagnosticSeverity.Warning => "Warning",
        _ => "Info",
    };

    [GeneratedRegex("```csharp\\n[\\s\\S]+?\\n```")]
    private static partial Regex CSharpBlock();
}
