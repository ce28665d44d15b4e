using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace SmarterProctoring.Declarative.Generators;

/// <summary>
/// Everything a parse of an interface can read, as the files that declare it, for <see cref="DeclarationEdits"/>: a
/// parse reads the interface, what it inherits, the types its members name (parameters, results, constraints), the
/// types its attributes and the assembly's attributes name (<c>typeof</c>, as in <c>[JsonContext]</c>), and from
/// each such type in source its base types, attributes, containing type and the types of its members, to any
/// depth. Types from references stop the walk (a reference that changes is a change of its own) except for the
/// type arguments they are closed over. The walk is a superset of what the parse reads, which is what keeps a reuse
/// sound.
/// </summary>
internal static class Reach
{
    private static readonly ConditionalWeakTable<SyntaxTree, HashSet<string>> s_nameofNames = new();

    /// <summary>True when a parse of <paramref name="interface"/> may read something declared in one of <paramref name="files"/>.</summary>
    public static bool Touches(INamedTypeSymbol @interface, Compilation compilation, IReadOnlyCollection<string> files, CancellationToken cancellationToken)
    {
        var walk = new Walk(files, cancellationToken);
        foreach (AttributeData attribute in compilation.Assembly.GetAttributes())
        {
            walk.Attribute(attribute);
        }

        walk.Type(@interface);
        return walk.Touched;
    }

    /// <summary>True when some <c>nameof</c> in <paramref name="compilation"/> names one of <paramref name="names"/>.</summary>
    public static bool NameofNamesAny(Compilation compilation, IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            HashSet<string> named = s_nameofNames.GetValue(tree, t => NameofNames(t, cancellationToken));
            if (named.Count > 0 && names.Any(named.Contains))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every identifier inside a <c>nameof(…)</c> of the tree; the text is searched first, so most trees are never walked.</summary>
    private static HashSet<string> NameofNames(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (!Contains(tree.GetText(cancellationToken), "nameof"))
        {
            return names;
        }

        foreach (SyntaxNode node in tree.GetRoot(cancellationToken).DescendantNodes())
        {
            if (node is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } invocation)
            {
                foreach (SyntaxToken token in invocation.ArgumentList.DescendantTokens())
                {
                    if (token.IsKind(SyntaxKind.IdentifierToken))
                    {
                        names.Add(token.ValueText);
                    }
                }
            }
        }

        return names;
    }

    private static bool Contains(SourceText text, string word)
    {
        char[] buffer = new char[4096];
        int carry = word.Length - 1;
        for (int start = 0; start < text.Length; start += buffer.Length - carry)
        {
            int count = Math.Min(buffer.Length, text.Length - start);
            text.CopyTo(start, buffer, 0, count);
            if (buffer.AsSpan(0, count).IndexOf(word.AsSpan(), StringComparison.Ordinal) >= 0)
            {
                return true;
            }

            if (start + count >= text.Length)
            {
                break;
            }
        }

        return false;
    }

    private sealed class Walk(IReadOnlyCollection<string> files, CancellationToken cancellationToken)
    {
        private readonly HashSet<ITypeSymbol> _seen = new(SymbolEqualityComparer.IncludeNullability);

        public bool Touched { get; private set; }

        public void Type(ITypeSymbol? type)
        {
            if (Touched || type is null || !_seen.Add(type))
            {
                return;
            }

            cancellationToken.ThrowIfCancellationRequested();
            switch (type)
            {
                case IArrayTypeSymbol array:
                    Type(array.ElementType);
                    return;
                case IPointerTypeSymbol pointer:
                    Type(pointer.PointedAtType);
                    return;
                case ITypeParameterSymbol parameter:
                    foreach (ITypeSymbol constraint in parameter.ConstraintTypes)
                    {
                        Type(constraint);
                    }

                    return;
                case INamedTypeSymbol named:
                    Named(named);
                    return;
            }
        }

        public void Attribute(AttributeData attribute)
        {
            foreach (TypedConstant argument in attribute.ConstructorArguments)
            {
                Constant(argument);
            }

            foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
            {
                Constant(argument.Value);
            }
        }

        private void Constant(TypedConstant constant)
        {
            if (constant.Kind == TypedConstantKind.Array)
            {
                foreach (TypedConstant element in constant.Values)
                {
                    Constant(element);
                }
            }
            else if (constant.Kind == TypedConstantKind.Type)
            {
                Type(constant.Value as ITypeSymbol);
            }
            else if (constant.Kind == TypedConstantKind.Enum)
            {
                Type(constant.Type);
            }
        }

        private void Named(INamedTypeSymbol type)
        {
            foreach (ITypeSymbol argument in type.TypeArguments)
            {
                Type(argument);
            }

            INamedTypeSymbol definition = type.OriginalDefinition;
            if (!ReferenceEquals(definition, type) && !SymbolEqualityComparer.Default.Equals(definition, type))
            {
                Type(definition);
                return;
            }

            if (definition.DeclaringSyntaxReferences.IsEmpty)
            {
                return;
            }

            foreach (SyntaxReference reference in definition.DeclaringSyntaxReferences)
            {
                if (files.Contains(reference.SyntaxTree.FilePath))
                {
                    Touched = true;
                    return;
                }
            }

            Type(definition.BaseType);
            Type(definition.ContainingType);
            foreach (INamedTypeSymbol @interface in definition.Interfaces)
            {
                Type(@interface);
            }

            foreach (ITypeParameterSymbol parameter in definition.TypeParameters)
            {
                Type(parameter);
            }

            foreach (AttributeData attribute in definition.GetAttributes())
            {
                Attribute(attribute);
            }

            foreach (ISymbol member in definition.GetMembers())
            {
                Member(member);
                if (Touched)
                {
                    return;
                }
            }
        }

        private void Member(ISymbol member)
        {
            // A member's own file is its type's, already checked; what counts is the types it names. Accessors name
            // their property's type, and the methods the compiler declares (a record's Equals, PrintMembers, …) name
            // only their type and the framework's, so neither is walked.
            if (member is IMethodSymbol { AssociatedSymbol: not null } or IMethodSymbol { IsImplicitlyDeclared: true } or INamedTypeSymbol)
            {
                return;
            }

            foreach (AttributeData attribute in member.GetAttributes())
            {
                Attribute(attribute);
            }

            switch (member)
            {
                case IFieldSymbol field:
                    Type(field.Type);
                    break;
                case IPropertySymbol property:
                    Type(property.Type);
                    Parameters(property.Parameters);
                    break;
                case IEventSymbol @event:
                    Type(@event.Type);
                    break;
                case IMethodSymbol method:
                    Type(method.ReturnType);
                    foreach (AttributeData attribute in method.GetReturnTypeAttributes())
                    {
                        Attribute(attribute);
                    }

                    foreach (ITypeParameterSymbol parameter in method.TypeParameters)
                    {
                        Type(parameter);
                    }

                    Parameters(method.Parameters);
                    break;
            }
        }

        private void Parameters(IEnumerable<IParameterSymbol> parameters)
        {
            foreach (IParameterSymbol parameter in parameters)
            {
                Type(parameter.Type);
                foreach (AttributeData attribute in parameter.GetAttributes())
                {
                    Attribute(attribute);
                }
            }
        }
    }
}
