using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SmarterProctoring.Declarative.Generators.Model;

namespace SmarterProctoring.Declarative.Generators;

/// <summary>
/// The <c>[Sid]</c> properties of a request body that the generated code checks before sending: the body's own, and
/// those of every object it holds, directly or in a collection, at any depth. A class is walked once however often
/// (or however cyclically) it is reached, and a class with no SID anywhere beneath it is left out.
/// </summary>
internal static class BodySids
{
    private static readonly SymbolDisplayFormat s_typeFormat = SymbolDisplayFormat.FullyQualifiedFormat;

    /// <summary>The checks of one body: its own SID properties, its members holding checked objects, and every checked class.</summary>
    public static (EquatableArray<SidPropertySpec> Direct, EquatableArray<SidNestedSpec> Nested, EquatableArray<SidTypeSpec> Types) Read(ITypeSymbol bodyType, KnownSymbols known)
    {
        var walk = new Walk(known);
        Shape body = walk.ShapeOf(bodyType);
        if (!IsWalked(bodyType, known)
            && TypeShapes.EnumerableElement(bodyType.WithNullableAnnotation(NullableAnnotation.NotAnnotated), known.IEnumerableOfT) is ITypeSymbol element
            && IsWalked(element.WithNullableAnnotation(NullableAnnotation.NotAnnotated), known))
        {
            // A body that is a collection of objects: each element is checked, named by its index (items[2].CourseSid).
            body = walk.ShapeOfElements(element.WithNullableAnnotation(NullableAnnotation.NotAnnotated));
        }

        walk.Complete();
        return (
            body.Properties,
            new EquatableArray<SidNestedSpec>(body.Edges.Where(e => walk.IsChecked(e.Type)).Select(e => e.Spec)),
            new EquatableArray<SidTypeSpec>(walk.CheckedTypes()));
    }

    /// <summary>The SID properties declared on a type and its bases (strings and string collections with a valid prefix).</summary>
    public static EquatableArray<SidPropertySpec> DirectOf(ITypeSymbol type, KnownSymbols known)
    {
        var properties = new List<SidPropertySpec>();
        foreach (IPropertySymbol property in PublicProperties(type))
        {
            if (SidRules.PrefixOf(property, known) is string prefix
                && TypeShapes.ValueKindOf(property.Type, known) is ValueKind kind and (ValueKind.String or ValueKind.StringCollection))
            {
                properties.Add(new SidPropertySpec(property.Name, prefix, kind == ValueKind.StringCollection));
            }
        }

        return new EquatableArray<SidPropertySpec>(properties);
    }

    private static IEnumerable<IPropertySymbol> PublicProperties(ITypeSymbol type)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        for (ITypeSymbol? current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (ISymbol member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: not null, DeclaredAccessibility: Accessibility.Public } property
                    && seen.Add(property.Name))
                {
                    yield return property;
                }
            }
        }
    }

    /// <summary>A class whose objects are walked: a class of the user's (or a library's), not the BCL's, and not a string or collection.</summary>
    private static bool IsWalked(ITypeSymbol type, KnownSymbols known) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Class, SpecialType: SpecialType.None } named
        && !IsSystem(named.ContainingNamespace)
        && TypeShapes.EnumerableElement(named, known.IEnumerableOfT) is null;

    private static bool IsSystem(INamespaceSymbol? ns)
    {
        while (ns is { ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns is { Name: "System" or "Microsoft" };
    }

    private sealed record Edge(SidNestedSpec Spec, string Type);

    private sealed class Shape(string typeName, EquatableArray<SidPropertySpec> properties)
    {
        public string TypeName { get; } = typeName;

        public EquatableArray<SidPropertySpec> Properties { get; } = properties;

        public List<Edge> Edges { get; } = new();
    }

    private sealed class Walk(KnownSymbols known)
    {
        private readonly Dictionary<string, Shape> _shapes = new(System.StringComparer.Ordinal);
        private readonly List<string> _order = new();
        private readonly HashSet<string> _checked = new(System.StringComparer.Ordinal);

        public Shape ShapeOf(ITypeSymbol type)
        {
            var pending = new Queue<(ITypeSymbol Type, Shape Shape)>();
            Shape root = new(type.ToDisplayString(s_typeFormat), DirectOf(type, known));
            pending.Enqueue((type, root));
            while (pending.Count > 0)
            {
                (ITypeSymbol current, Shape shape) = pending.Dequeue();
                foreach (IPropertySymbol property in PublicProperties(current))
                {
                    ITypeSymbol propertyType = property.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
                    ITypeSymbol? element = IsWalked(propertyType, known) ? null : TypeShapes.EnumerableElement(propertyType, known.IEnumerableOfT);
                    ITypeSymbol? target = element is null ? propertyType : element.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
                    if (!IsWalked(target, known))
                    {
                        continue;
                    }

                    string name = target.ToDisplayString(s_typeFormat);
                    shape.Edges.Add(new Edge(new SidNestedSpec(property.Name, name, element is not null), name));
                    if (!_shapes.ContainsKey(name))
                    {
                        var next = new Shape(name, DirectOf(target, known));
                        _shapes.Add(name, next);
                        _order.Add(name);
                        pending.Enqueue((target, next));
                    }
                }
            }

            return root;
        }

        /// <summary>A stand-in for a body that is a collection: one edge, with no member name, to its element class.</summary>
        public Shape ShapeOfElements(ITypeSymbol element)
        {
            Shape elements = ShapeOf(element);
            string name = element.ToDisplayString(s_typeFormat);
            if (!_shapes.ContainsKey(name))
            {
                _shapes.Add(name, elements);
                _order.Add(name);
            }

            var body = new Shape(string.Empty, EquatableArray<SidPropertySpec>.Empty);
            body.Edges.Add(new Edge(new SidNestedSpec(string.Empty, name, IsCollection: true), name));
            return body;
        }

        /// <summary>Marks every class with a SID of its own, then every class that reaches one, until nothing changes.</summary>
        public void Complete()
        {
            foreach (Shape shape in _shapes.Values.Where(s => s.Properties.Count > 0))
            {
                _checked.Add(shape.TypeName);
            }

            bool changed = true;
            while (changed)
            {
                changed = false;
                foreach (Shape shape in _shapes.Values)
                {
                    if (!_checked.Contains(shape.TypeName) && shape.Edges.Any(e => _checked.Contains(e.Type)))
                    {
                        _checked.Add(shape.TypeName);
                        changed = true;
                    }
                }
            }
        }

        public bool IsChecked(string type) => _checked.Contains(type);

        public IEnumerable<SidTypeSpec> CheckedTypes() =>
            _order.Where(_checked.Contains).Select(name => _shapes[name]).Select(shape => new SidTypeSpec(
                shape.TypeName,
                shape.Properties,
                new EquatableArray<SidNestedSpec>(shape.Edges.Where(e => _checked.Contains(e.Type)).Select(e => e.Spec))));
    }
}
