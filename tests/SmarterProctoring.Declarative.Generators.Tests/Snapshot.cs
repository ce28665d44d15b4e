using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace SmarterProctoring.Declarative.Generators.Tests;

/// <summary>
/// Snapshot assertions with Verify's file conventions: <c>Snapshots/{Class}.{Test}#{name}.verified.cs</c> is checked
/// in; on a mismatch the actual text is written beside it as <c>.received.cs</c> and the test fails with a diff.
/// Set <c>ACCEPT_SNAPSHOTS=1</c> to accept every received file as the new verified one. The generator's version in
/// <c>[GeneratedCode]</c> is scrubbed to <see cref="VersionPlaceholder"/> first (in the received file too), as Verify
/// scrubs volatile values: a version bump changes no snapshot, and a generator that writes any version but its own
/// still fails.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "ACCEPT_SNAPSHOTS";

    public const string VersionPlaceholder = "{GeneratorVersion}";

    /// <summary>The attribute as the emitter writes it, with the version of the generator assembly this test runs.</summary>
    private static readonly string s_generatedCode = GeneratedCodeAttribute(typeof(ClientGenerator).Assembly.GetName().Version?.ToString() ?? string.Empty);

    private static readonly string s_scrubbedGeneratedCode = GeneratedCodeAttribute(VersionPlaceholder);

    public static void Verify(
        string actual,
        string name,
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testName = "")
    {
        string directory = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        string stem = Path.GetFileNameWithoutExtension(testFile) + "." + testName + "#" + name.Replace(".g.cs", ".g", StringComparison.Ordinal);
        string verifiedPath = Path.Combine(directory, stem + ".verified.cs");
        string receivedPath = Path.Combine(directory, stem + ".received.cs");
        actual = Scrub(Normalize(actual));

        string? verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (verified == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(directory);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verifiedPath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        throw new XunitException(verified is null
            ? "No verified snapshot " + verifiedPath + ". Review " + receivedPath + " and rerun with " + AcceptVariable + "=1 to accept it."
            : "Snapshot " + verifiedPath + " differs (see " + receivedPath + "; rerun with " + AcceptVariable + "=1 to accept):\n" + Diff(verified, actual));
    }

    private static string Normalize(string text) => text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>
    /// Replaces the running generator's version in its <c>[GeneratedCode]</c> attributes, and only there. The actual
    /// text must contain the attribute with that exact version (a snapshot test always generates a client, which
    /// carries it), so a generator that wrote another version, or none, still fails.
    /// </summary>
    private static string Scrub(string text)
    {
        if (!text.Contains(s_generatedCode, StringComparison.Ordinal))
        {
            throw new XunitException("The generated code does not carry " + s_generatedCode + ", the attribute of the generator version that ran.");
        }

        return text.Replace(s_generatedCode, s_scrubbedGeneratedCode, StringComparison.Ordinal);
    }

    private static string GeneratedCodeAttribute(string version) =>
        "[global::System.CodeDom.Compiler.GeneratedCode(\"SmarterProctoring.Declarative.Generators\", \"" + version + "\")]";

    private static string Diff(string expected, string actual)
    {
        DiffPaneModel model = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        var builder = new StringBuilder();
        foreach (DiffPiece line in model.Lines)
        {
            string prefix = line.Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => "  ",
            };
            if (line.Type != ChangeType.Unchanged)
            {
                builder.Append(prefix).Append(line.Position?.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(": ").AppendLine(line.Text);
            }
        }

        return builder.ToString();
    }
}
