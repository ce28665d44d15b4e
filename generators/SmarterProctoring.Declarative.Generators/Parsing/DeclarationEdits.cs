using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SmarterProctoring.Declarative.Generators;

/// <summary>
/// Decides whether a new compilation declares exactly what an earlier one declared, so that a parse of the earlier
/// one still holds: the same references, options and syntax trees, except trees edited only inside member bodies
/// (method, constructor, operator and accessor bodies, expression bodies). Nothing a declaration means — a type, a
/// member, an attribute argument, a constant, a <c>using</c> — can depend on the inside of a body, so such an edit (a
/// keystroke in ordinary code, the commonest edit in an IDE) cannot change what the generator reads. Anything else
/// — a tree added, removed or reordered, a token outside a body, a preprocessor directive inside a body that was
/// edited, new parse options or references — counts as a change, so the interface is parsed again.
/// </summary>
internal static class DeclarationEdits
{
    private static readonly ConditionalWeakTable<Compilation, Verdict> s_verdicts = new();

    /// <summary>
    /// True when <paramref name="current"/> declares what <paramref name="previous"/> declares;
    /// <paramref name="bodyEdited"/> then holds the paths of the trees edited inside bodies, whose positions moved.
    /// </summary>
    public static bool DeclareTheSame(Compilation previous, Compilation current, out IReadOnlyCollection<string> bodyEdited)
    {
        Verdict verdict = s_verdicts.GetValue(current, static _ => new Verdict());
        lock (verdict)
        {
            if (!verdict.Previous.TryGetTarget(out Compilation? judged) || !ReferenceEquals(judged, previous))
            {
                verdict.Previous.SetTarget(previous);
                verdict.Same = Compare(previous, current, out HashSet<string> edited);
                verdict.BodyEdited = edited;
            }

            bodyEdited = verdict.BodyEdited;
            return verdict.Same;
        }
    }

    private static bool Compare(Compilation previous, Compilation current, out HashSet<string> bodyEdited)
    {
        bodyEdited = new HashSet<string>(StringComparer.Ordinal);
        if (previous.Language != current.Language
            || previous.AssemblyName != current.AssemblyName
            || !previous.Options.Equals(current.Options)
            || !previous.References.SequenceEqual(current.References))
        {
            return false;
        }

        using IEnumerator<SyntaxTree> before = previous.SyntaxTrees.GetEnumerator();
        using IEnumerator<SyntaxTree> after = current.SyntaxTrees.GetEnumerator();
        while (true)
        {
            bool more = before.MoveNext();
            if (more != after.MoveNext())
            {
                return false;
            }

            if (!more)
            {
                return true;
            }

            SyntaxTree old = before.Current;
            SyntaxTree @new = after.Current;
            if (ReferenceEquals(old, @new))
            {
                continue;
            }

            if (old.FilePath != @new.FilePath || !old.Options.Equals(@new.Options) || !OnlyBodiesDiffer(old.GetRoot(), @new.GetRoot()))
            {
                return false;
            }

            bodyEdited.Add(@new.FilePath);
        }
    }

    /// <summary>True when the two roots have the same tokens and directives outside member bodies, and no body holds a directive.</summary>
    private static bool OnlyBodiesDiffer(SyntaxNode old, SyntaxNode @new)
    {
        if (Bodies(old).Any(b => b.ContainsDirectives) || Bodies(@new).Any(b => b.ContainsDirectives))
        {
            return false;
        }

        using IEnumerator<SyntaxToken> before = old.DescendantTokens(static n => !IsBody(n)).GetEnumerator();
        using IEnumerator<SyntaxToken> after = @new.DescendantTokens(static n => !IsBody(n)).GetEnumerator();
        while (true)
        {
            bool more = before.MoveNext();
            if (more != after.MoveNext())
            {
                return false;
            }

            if (!more)
            {
                break;
            }

            if (before.Current.RawKind != after.Current.RawKind || before.Current.Text != after.Current.Text)
            {
                return false;
            }
        }

        // No body holds a directive, so every directive is outside them and must be the same.
        return old.DescendantTrivia().Where(static t => t.IsDirective).Select(static t => t.ToString())
            .SequenceEqual(@new.DescendantTrivia().Where(static t => t.IsDirective).Select(static t => t.ToString()), StringComparer.Ordinal);
    }

    private static IEnumerable<SyntaxNode> Bodies(SyntaxNode root) =>
        root.DescendantNodes(static n => !IsBody(n)).Where(IsBody);

    /// <summary>The inside of a member: what runs, never what is declared.</summary>
    private static bool IsBody(SyntaxNode node) => node switch
    {
        BlockSyntax { Parent: BaseMethodDeclarationSyntax or AccessorDeclarationSyntax } => true,
        ArrowExpressionClauseSyntax { Parent: BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or PropertyDeclarationSyntax or IndexerDeclarationSyntax } => true,
        _ => false,
    };

    private sealed class Verdict
    {
        public WeakReference<Compilation> Previous { get; } = new(null!);

        public bool Same { get; set; }

        public IReadOnlyCollection<string> BodyEdited { get; set; } = Array.Empty<string>();
    }
}
