using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SmarterProctoring.Declarative.Generators;

/// <summary>
/// Decides what a new compilation changed against an earlier one, so that a parse of the earlier one can be reused
/// where it still holds. It needs the same references and options and the same syntax trees, in order, except for
/// trees edited in two kinds of place:
/// <list type="bullet">
/// <item><em>Member bodies</em> (method, constructor, operator and accessor bodies, expression bodies). Nothing a
/// declaration means — a type, a member, an attribute argument, a constant, a <c>using</c> — can depend on the inside
/// of a body, so such an edit (a keystroke in ordinary code, the commonest edit in an IDE) changes nothing the
/// generator reads: every parse holds.</item>
/// <item><em>Methods declared in interfaces</em> (the members of a client interface, while one is typed). Such an edit
/// changes what is read only by a parse that reaches the edited interface — its own, an interface that inherits it, a
/// model that names it — or that names one of its methods with <c>nameof</c>. So a parse holds when the types it
/// reaches (<see cref="Reach"/>) are declared in none of the trees edited this way, and no <c>nameof</c> anywhere names
/// a method of them.</item>
/// </list>
/// Anything else — a tree added, removed or reordered, a token anywhere else, a preprocessor directive inside an edited
/// region, new parse options or references — counts as a change, so every interface is parsed again.
/// </summary>
internal static class DeclarationEdits
{
    private static readonly ConditionalWeakTable<Compilation, Judged> s_verdicts = new();

    /// <summary>
    /// What <paramref name="current"/> changed against <paramref name="previous"/>; null when it may have changed
    /// anything (no parse of <paramref name="previous"/> holds).
    /// </summary>
    public static Verdict? Compare(Compilation previous, Compilation current)
    {
        Judged judged = s_verdicts.GetValue(current, static _ => new Judged());
        lock (judged)
        {
            if (!judged.Previous.TryGetTarget(out Compilation? against) || !ReferenceEquals(against, previous))
            {
                judged.Previous.SetTarget(previous);
                judged.Verdict = Judge(previous, current);
            }

            return judged.Verdict;
        }
    }

    private static Verdict? Judge(Compilation previous, Compilation current)
    {
        if (previous.Language != current.Language
            || previous.AssemblyName != current.AssemblyName
            || !previous.Options.Equals(current.Options)
            || !previous.References.SequenceEqual(current.References))
        {
            return null;
        }

        var moved = new HashSet<string>(StringComparer.Ordinal);
        var interfacesEdited = new HashSet<string>(StringComparer.Ordinal);
        var methodNames = new HashSet<string>(StringComparer.Ordinal);
        using IEnumerator<SyntaxTree> before = previous.SyntaxTrees.GetEnumerator();
        using IEnumerator<SyntaxTree> after = current.SyntaxTrees.GetEnumerator();
        while (true)
        {
            bool more = before.MoveNext();
            if (more != after.MoveNext())
            {
                return null;
            }

            if (!more)
            {
                return new Verdict(moved, interfacesEdited, methodNames);
            }

            SyntaxTree old = before.Current;
            SyntaxTree @new = after.Current;
            if (ReferenceEquals(old, @new))
            {
                continue;
            }

            if (old.FilePath != @new.FilePath || !old.Options.Equals(@new.Options))
            {
                return null;
            }

            SyntaxNode oldRoot = old.GetRoot();
            SyntaxNode newRoot = @new.GetRoot();
            if (!SameOutside(oldRoot, newRoot, IsBody))
            {
                if (!SameOutside(oldRoot, newRoot, IsBodyOrInterfaceMethod))
                {
                    return null;
                }

                interfacesEdited.Add(@new.FilePath);
                methodNames.UnionWith(InterfaceMethodNames(oldRoot));
                methodNames.UnionWith(InterfaceMethodNames(newRoot));
            }

            moved.Add(@new.FilePath);
        }
    }

    /// <summary>True when the two roots have the same tokens and directives outside the skipped regions, and no skipped region holds a directive.</summary>
    private static bool SameOutside(SyntaxNode old, SyntaxNode @new, Func<SyntaxNode, bool> skipped)
    {
        if (Skipped(old, skipped).Any(static n => n.ContainsDirectives) || Skipped(@new, skipped).Any(static n => n.ContainsDirectives))
        {
            return false;
        }

        using IEnumerator<SyntaxToken> before = old.DescendantTokens(n => !skipped(n)).GetEnumerator();
        using IEnumerator<SyntaxToken> after = @new.DescendantTokens(n => !skipped(n)).GetEnumerator();
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

        // No skipped region holds a directive, so every directive is outside them and must be the same.
        return old.DescendantTrivia().Where(static t => t.IsDirective).Select(static t => t.ToString())
            .SequenceEqual(@new.DescendantTrivia().Where(static t => t.IsDirective).Select(static t => t.ToString()), StringComparer.Ordinal);
    }

    private static IEnumerable<SyntaxNode> Skipped(SyntaxNode root, Func<SyntaxNode, bool> skipped) =>
        root.DescendantNodes(n => !skipped(n)).Where(skipped);

    /// <summary>The inside of a member: what runs, never what is declared.</summary>
    private static bool IsBody(SyntaxNode node) => node switch
    {
        BlockSyntax { Parent: BaseMethodDeclarationSyntax or AccessorDeclarationSyntax } => true,
        ArrowExpressionClauseSyntax { Parent: BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or PropertyDeclarationSyntax or IndexerDeclarationSyntax } => true,
        _ => false,
    };

    private static bool IsBodyOrInterfaceMethod(SyntaxNode node) =>
        node is MethodDeclarationSyntax { Parent: InterfaceDeclarationSyntax } || IsBody(node);

    private static IEnumerable<string> InterfaceMethodNames(SyntaxNode root) =>
        root.DescendantNodes(static n => n is not (MethodDeclarationSyntax or BlockSyntax or ArrowExpressionClauseSyntax))
            .OfType<MethodDeclarationSyntax>()
            .Where(static m => m.Parent is InterfaceDeclarationSyntax)
            .Select(static m => m.Identifier.ValueText);

    /// <summary>What a new compilation changed: only bodies and interface methods, in the trees named.</summary>
    internal sealed class Verdict(HashSet<string> moved, HashSet<string> interfacesEdited, HashSet<string> methodNames)
    {
        /// <summary>The trees edited at all: positions in them may have moved.</summary>
        public IReadOnlyCollection<string> Moved { get; } = moved;

        /// <summary>The trees where a method of an interface changed (was edited, added or removed).</summary>
        public IReadOnlyCollection<string> InterfacesEdited { get; } = interfacesEdited;

        /// <summary>The names of every interface method in those trees, before and after the edit.</summary>
        public IReadOnlyCollection<string> MethodNames { get; } = methodNames;

        private readonly System.Collections.Concurrent.ConcurrentDictionary<ISymbol, bool> _reaches = new(SymbolEqualityComparer.Default);

        private int _nameof;

        /// <summary>Whether a parse of <paramref name="interface"/> may read a tree in <see cref="InterfacesEdited"/> (worked out once per interface).</summary>
        public bool Reaches(INamedTypeSymbol @interface, Compilation current, System.Threading.CancellationToken cancellationToken) =>
            _reaches.TryGetValue(@interface, out bool reaches)
                ? reaches
                : _reaches.GetOrAdd(@interface, Reach.Touches(@interface, current, InterfacesEdited, cancellationToken));

        /// <summary>Whether a <c>nameof</c> in <paramref name="current"/> could name one of <see cref="MethodNames"/> (worked out once).</summary>
        public bool NameofNamesAMethod(Compilation current, System.Threading.CancellationToken cancellationToken)
        {
            int known = System.Threading.Volatile.Read(ref _nameof);
            if (known == 0)
            {
                known = Reach.NameofNamesAny(current, MethodNames, cancellationToken) ? 1 : 2;
                System.Threading.Volatile.Write(ref _nameof, known);
            }

            return known == 1;
        }
    }

    private sealed class Judged
    {
        public WeakReference<Compilation> Previous { get; } = new(null!);

        public Verdict? Verdict { get; set; }
    }
}
