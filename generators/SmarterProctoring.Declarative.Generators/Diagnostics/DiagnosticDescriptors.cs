using Microsoft.CodeAnalysis;

namespace SmarterProctoring.Declarative.Generators.Diagnostics;

/// <summary>
/// Every diagnostic of the compile-time layer: those the parse finds (reported by the generator) and those of the
/// call-site and attribute analyzers. IDs are grouped by range: SPD1xxx route templates, SPD2xxx method signatures,
/// SPD3xxx JSON, SPD4xxx call sites. Each has a page at <c>docs/diagnostics/SPDxxxx.md</c>.
/// </summary>
internal static class DiagnosticDescriptors
{
    /// <summary>Where the page of every ID lives: <c>{HelpLinkBase}SPD1001.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/smarterproctoring/SmarterProctoring.Declarative/blob/main/docs/diagnostics/";

    /// <summary>The property of SPD1009 that holds the placeholder name, for the code fix.</summary>
    public const string PlaceholderNameProperty = "PlaceholderName";

    private const string Routes = "SmarterProctoring.Routes";
    private const string Signatures = "SmarterProctoring.Signatures";
    private const string Json = "SmarterProctoring.Json";
    private const string CallSites = "SmarterProctoring.CallSites";

    public static readonly DiagnosticDescriptor EmptyRoute = new(
        id: "SPD1001",
        title: "Route template is null or empty",
        messageFormat: "The route of '{0}' is {1}; write an absolute path such as \"/v1/items\"",
        category: Routes,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD1001.md");

    public static readonly DiagnosticDescriptor MissingLeadingSlash = new(
        id: "SPD1002",
        title: "Route template does not start with '/'",
        messageFormat: "The route \"{1}\" of '{0}' does not start with '/'; write \"/{1}\"",
        category: Routes,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD1002.md");

    public static readonly DiagnosticDescriptor UnclosedBrace = new(
        id: "SPD1003",
        title: "Route placeholder is never closed",
        messageFormat: "The route of '{0}' opens a placeholder at '{1}' that is never closed; end it with '}}' before the next '/'",
        category: Routes,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD1003.md");

    public static readonly DiagnosticDescriptor UnopenedBrace = new(
        id: "SPD1004",
        title: "Route has a '}' without a '{'",
        messageFormat: "The route of '{0}' has a '}}' that closes no placeholder; remove it or open the placeholder with '{{'",
        category: Routes,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD1004.md");

    public static readonly DiagnosticDescriptor NestedBrace = new(
        id: "SPD1005",
        title: "Route placeholder contains a brace",
        messageFormat: "The route of '{0}' opens a placeholder inside another one; placeholders cannot be nested, write '{{name}}'",
        category: Routes,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD1005.md");

    public static readonly DiagnosticDescriptor EmptyPlaceholder = new(
        id: "SPD1006",
        title: "Route placeholder has no name",
        messageFormat: "The route of '{0}' has an empty placeholder '{{}}'; write the name of a parameter between the braces",
        category: Routes,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD1006.md");

    public static readonly DiagnosticDescriptor InvalidPlaceholderName = new(
        id: "SPD1007",
        title: "Route placeholder name is not an identifier",
        messageFormat: "Placeholder '{{{1}}}' in the route of '{0}' is not a C# identifier; use the name of a parameter, such as '{{installSid}}'",
        category: Routes,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD1007.md");

    public static readonly DiagnosticDescriptor DuplicatePlaceholder = new(
        id: "SPD1008",
        title: "Route placeholder appears twice",
        messageFormat: "Placeholder '{{{1}}}' appears more than once in the route of '{0}'; a parameter fills one place, remove the repeat",
        category: Routes,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD1008.md");

    public static readonly DiagnosticDescriptor ForeignPlaceholder = new(
        id: "SPD1009",
        title: "Route placeholder written with angle brackets or a colon",
        messageFormat: "'{1}' in the route of '{0}' is not a placeholder; write '{{{2}}}'",
        category: Routes,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD1009.md");

    public static readonly DiagnosticDescriptor Backslash = new(
        id: "SPD1010",
        title: "Route contains a backslash",
        messageFormat: "The route of '{0}' contains a backslash; separate path segments with '/'",
        category: Routes,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD1010.md");

    public static readonly DiagnosticDescriptor QueryInRoute = new(
        id: "SPD1011",
        title: "Route contains a query string or fragment",
        messageFormat: "The route of '{0}' contains '{1}', but a route is a path only; send query values as [Query] parameters and leave out the fragment",
        category: Routes,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD1011.md");

    public static readonly DiagnosticDescriptor WhitespaceInRoute = new(
        id: "SPD1012",
        title: "Route contains whitespace or a control character",
        messageFormat: "The route of '{0}' contains {1}; remove it, or percent-encode it if the path really has one",
        category: Routes,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD1012.md");

    public static readonly DiagnosticDescriptor EmptySegment = new(
        id: "SPD1013",
        title: "Route contains an empty segment",
        messageFormat: "The route of '{0}' contains '//'; remove the extra '/' or put the missing segment between the slashes",
        category: Routes,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD1013.md");

    public static readonly DiagnosticDescriptor PlaceholderWithoutParameter = new(
        id: "SPD1014",
        title: "Route placeholder matches no parameter",
        messageFormat: "Placeholder '{{{1}}}' in the route of '{0}' matches no parameter; add a parameter named '{1}' or rename the placeholder",
        category: Routes,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD1014.md");

    public static readonly DiagnosticDescriptor UnboundParameter = new(
        id: "SPD1015",
        title: "Parameter is bound to nothing",
        messageFormat: "Parameter '{1}' of '{0}' is in neither the route nor marked [Body], [Form], [Query], [Header] or [Property]; add '{{{1}}}' to the route or mark the parameter",
        category: Routes,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD1015.md");

    public static readonly DiagnosticDescriptor RouteParameterWithBinding = new(
        id: "SPD1016",
        title: "Route parameter also has a binding attribute",
        messageFormat: "Parameter '{1}' of '{0}' fills the route placeholder '{{{1}}}' and is also marked [{2}]; remove the attribute or the placeholder",
        category: Routes,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD1016.md");

    public static readonly DiagnosticDescriptor UnsupportedReturnType = new(
        id: "SPD2001",
        title: "Unsupported return type",
        messageFormat: "'{0}' returns '{1}'; {2}",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2001.md");

    public static readonly DiagnosticDescriptor MultipleBodies = new(
        id: "SPD2002",
        title: "More than one [Body] parameter",
        messageFormat: "'{0}' has more than one [Body] parameter ('{1}' is an extra one); send one object as the body",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2002.md");

    public static readonly DiagnosticDescriptor BodyWithoutContent = new(
        id: "SPD2003",
        title: "Body on a GET, HEAD or DELETE call",
        messageFormat: "'{0}' sends the body '{1}' with {2}, which many servers and proxies drop; suppress this warning if the API really expects a body",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2003.md");

    public static readonly DiagnosticDescriptor MultipleCancellationTokens = new(
        id: "SPD2004",
        title: "More than one CancellationToken parameter",
        messageFormat: "'{0}' has more than one CancellationToken parameter ('{1}' is an extra one); keep one",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2004.md");

    public static readonly DiagnosticDescriptor ByReferenceParameter = new(
        id: "SPD2005",
        title: "Parameter passed by reference",
        messageFormat: "Parameter '{1}' of '{0}' is passed by reference ('{2}'); a request only reads its arguments, pass it by value",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2005.md");

    public static readonly DiagnosticDescriptor GenericMethod = new(
        id: "SPD2006",
        title: "Generic method",
        messageFormat: "'{0}' is generic; a generated call needs concrete types, remove its type parameters",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2006.md");

    public static readonly DiagnosticDescriptor MissingVerb = new(
        id: "SPD2007",
        title: "Method has no HTTP verb attribute",
        messageFormat: "'{0}' has no HTTP verb attribute, so the generated client of '{1}' implements it by throwing NotSupportedException; mark it [Get], [Post], [Put], [Patch], [Delete], [Head] or [Options]",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2007.md");

    public static readonly DiagnosticDescriptor MultipleVerbs = new(
        id: "SPD2008",
        title: "Method has more than one HTTP verb attribute",
        messageFormat: "'{0}' has {1} HTTP verb attributes; keep exactly one",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2008.md");

    public static readonly DiagnosticDescriptor DuplicateRoute = new(
        id: "SPD2009",
        title: "Two methods with the same verb and route",
        messageFormat: "'{0}' sends {1} \"{2}\" like '{3}' does; give one of them a different route or remove the duplicate",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2009.md");

    public static readonly DiagnosticDescriptor MultipleBindings = new(
        id: "SPD2010",
        title: "Parameter has more than one binding attribute",
        messageFormat: "Parameter '{1}' of '{0}' has more than one of [Body], [Form], [Query], [Header] and [Property]; keep one",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2010.md");

    public static readonly DiagnosticDescriptor NotPartial = new(
        id: "SPD2011",
        title: "Client interface is not partial",
        messageFormat: "Interface '{0}' declares HTTP calls but is not partial, so no client is generated for it; add the 'partial' modifier",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2011.md");

    public static readonly DiagnosticDescriptor GenericInterface = new(
        id: "SPD2012",
        title: "Client interface is generic",
        messageFormat: "Interface '{0}' is generic, so no client is generated for it; declare the client as a non-generic interface that inherits it",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2012.md");

    public static readonly DiagnosticDescriptor NestedInGenericType = new(
        id: "SPD2013",
        title: "Client interface is nested in a generic type",
        messageFormat: "Interface '{0}' is nested in the generic type '{1}', so no client is generated for it; move it out of the generic type",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2013.md");

    public static readonly DiagnosticDescriptor NestedInNonPartialType = new(
        id: "SPD2014",
        title: "Client interface is nested in a type that is not partial",
        messageFormat: "Interface '{0}' is nested in '{1}', which is not partial, so no client is generated for it; add the 'partial' modifier to '{1}'",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2014.md");

    public static readonly DiagnosticDescriptor NonMethodMember = new(
        id: "SPD2015",
        title: "Client interface has a member that is not a method",
        messageFormat: "'{0}' is {1}, which a generated client cannot implement, so no client is generated for '{2}'; remove it or move it to another interface",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2015.md");

    public static readonly DiagnosticDescriptor GeneratedNameCollision = new(
        id: "SPD2016",
        title: "Member collides with the generated client",
        messageFormat: "'{0}' collides with the generated {1} of '{2}'; rename it",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2016.md");

    public static readonly DiagnosticDescriptor InvalidHeaderName = new(
        id: "SPD2017",
        title: "Header name is not an HTTP token",
        messageFormat: "Header name \"{0}\" of parameter '{1}' is not an HTTP token ({2}); use only letters, digits and !#$%&'*+-.^_`|~",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2017.md");

    public static readonly DiagnosticDescriptor CredentialHeader = new(
        id: "SPD2018",
        title: "Credential passed as a header argument",
        messageFormat: "{1} sends the credential header '{0}' {2}; let a DelegatingHandler or the client's options add credentials so they never pass through call sites or sit in source",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2018.md");

    public static readonly DiagnosticDescriptor SecretInQuery = new(
        id: "SPD2019",
        title: "Secret sent in the query string",
        messageFormat: "Query value '{0}' of '{1}' looks like a secret and travels in the URL, where servers, proxies and logs keep it; send it in a header or the body",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2019.md");

    public static readonly DiagnosticDescriptor UnsendableType = new(
        id: "SPD2020",
        title: "Parameter type cannot be sent",
        messageFormat: "Parameter '{1}' of '{0}' has type '{2}', which cannot be sent as a {3} value; use {4}",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2020.md");

    public static readonly DiagnosticDescriptor MissingCancellationToken = new(
        id: "SPD2021",
        title: "Method takes no CancellationToken",
        messageFormat: "'{0}' takes no CancellationToken; add 'CancellationToken cancellationToken = default' so callers can cancel the request",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2021.md");

    public static readonly DiagnosticDescriptor InvalidSidPrefix = new(
        id: "SPD2022",
        title: "SID prefix is not two uppercase letters",
        messageFormat: "SID prefix \"{0}\" is not two uppercase letters; write the two letters every SID of this kind starts with, such as \"AI\"",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2022.md");

    public static readonly DiagnosticDescriptor SidOnNonString = new(
        id: "SPD2023",
        title: "[Sid] on a value that is not a string",
        messageFormat: "[Sid] is on '{0}' of type '{1}', but a SID is a string; declare it as {2}",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2023.md");

    public static readonly DiagnosticDescriptor SidOnBody = new(
        id: "SPD2024",
        title: "[Sid] on a body parameter",
        messageFormat: "[Sid] is on the body '{0}' of '{1}', but it constrains route, query and header values; put [Sid] on the SID properties of '{2}'",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2024.md");

    public static readonly DiagnosticDescriptor FileLocalInterface = new(
        id: "SPD2025",
        title: "Client interface is file-local",
        messageFormat: "Interface '{0}' is {1}, so the generated client, which lives in another file, cannot extend it; declare it without the 'file' modifier",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2025.md");

    public static readonly DiagnosticDescriptor ContentHeaderWithoutBody = new(
        id: "SPD2026",
        title: "Content header on a call without a body",
        messageFormat: "'{0}' describes a request body, but '{2}' sends none, so parameter '{1}' has nothing to go on; add a [Body] or send another header",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2026.md");

    public static readonly DiagnosticDescriptor FormatWithoutEffect = new(
        id: "SPD2027",
        title: "Format has no effect",
        messageFormat: "The Format of parameter '{0}' of '{1}' is never applied: {2}",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2027.md");

    public static readonly DiagnosticDescriptor InvalidFormat = new(
        id: "SPD2028",
        title: "Format is not valid for the value's type",
        messageFormat: "Format \"{0}\" of parameter '{1}' of '{2}' is not a valid {3} format, so every call would throw: {4}",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2028.md");

    public static readonly DiagnosticDescriptor PagedMemberNotFound = new(
        id: "SPD2029",
        title: "[Paged] names a member the page type does not have",
        messageFormat: "'{0}' pages through {1}, which has no public readable property or field '{2}' to use as its {3}",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2029.md");

    public static readonly DiagnosticDescriptor PagedMemberType = new(
        id: "SPD2030",
        title: "[Paged] member of the wrong type",
        messageFormat: "'{0}' pages through {1}, whose {2} '{3}' is {4}; {5}",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2030.md");

    public static readonly DiagnosticDescriptor InvalidPageOffset = new(
        id: "SPD2031",
        title: "[PageOffset] parameter that cannot start a page",
        messageFormat: "[PageOffset] parameter '{0}' of '{1}' {2}",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2031.md");

    public static readonly DiagnosticDescriptor PagingMode = new(
        id: "SPD2032",
        title: "[Paged] neither follows links nor counts offsets, or both",
        messageFormat: "'{0}' {1}",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2032.md");

    public static readonly DiagnosticDescriptor PagedShape = new(
        id: "SPD2033",
        title: "[Paged] on a call that cannot page",
        messageFormat: "'{0}' has [Paged], but {1}",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2033.md");

    public static readonly DiagnosticDescriptor InvalidErrorBody = new(
        id: "SPD2034",
        title: "[ErrorBody] that never applies",
        messageFormat: "[ErrorBody(typeof({0}))] on '{1}' never applies: {2}",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2034.md");

    public static readonly DiagnosticDescriptor TwoBodies = new(
        id: "SPD2035",
        title: "Two request bodies",
        messageFormat: "'{0}' has two bodies: '{1}' is its {2} and '{3}' would be its {4}; a request carries one body, so send one of them (or move the other to the query)",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2035.md");

    public static readonly DiagnosticDescriptor UnsendableQueryMember = new(
        id: "SPD2036",
        title: "Query or form object member that cannot be sent",
        messageFormat: "'{1}' of '{0}' cannot be sent as a {2}: its member '{3}' cannot, because {4}",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2036.md");

    public static readonly DiagnosticDescriptor QueryObjectCycle = new(
        id: "SPD2037",
        title: "Query or form object that holds itself",
        messageFormat: "'{1}' of '{0}' cannot be flattened into a {2}: its member '{3}' {4}; send the inner object's values as members of their own, or [JsonIgnore] the member",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2037.md");

    public static readonly DiagnosticDescriptor PlaceholderNamesQueryMember = new(
        id: "SPD2038",
        title: "Route placeholder names a member of a query object",
        messageFormat: "Placeholder '{{{1}}}' in the route of '{0}' names the member '{3}' of the query object '{2}', but a path value must be a parameter of its own; add a parameter '{1}' and keep the member out of the object",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2038.md");

    public static readonly DiagnosticDescriptor InvalidStaticHeader = new(
        id: "SPD2039",
        title: "[Headers] entry that cannot be sent",
        messageFormat: "[Headers] on '{0}' has \"{1}\", which cannot be sent: {2}",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2039.md");

    public static readonly DiagnosticDescriptor MultipleHeaderCollections = new(
        id: "SPD2040",
        title: "More than one [HeaderCollection]",
        messageFormat: "'{0}' has more than one [HeaderCollection] ('{1}' is an extra one); merge the headers into one collection",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2040.md");

    public static readonly DiagnosticDescriptor InvalidTimeout = new(
        id: "SPD2041",
        title: "[Timeout] that cannot apply",
        messageFormat: "[Timeout] on '{0}' cannot apply: {1}",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2041.md");

    public static readonly DiagnosticDescriptor MultipartWithBody = new(
        id: "SPD2042",
        title: "[Multipart] with a [Body] or [Form]",
        messageFormat: "'{0}' is [Multipart], so its body is made of its parts, but '{1}' is marked {2}; remove {2} to send '{1}' as a part, or remove [Multipart]",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2042.md");

    public static readonly DiagnosticDescriptor UnsendablePart = new(
        id: "SPD2043",
        title: "Parameter that cannot be a multipart part",
        messageFormat: "Parameter '{1}' of '{0}' cannot be a part of its multipart body: {2}",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2043.md");

    public static readonly DiagnosticDescriptor PartOutsideMultipart = new(
        id: "SPD2044",
        title: "[Part] on a method that is not [Multipart]",
        messageFormat: "Parameter '{1}' of '{0}' is a [Part], but '{0}' has no multipart body; add [Multipart] to '{0}', or bind '{1}' another way",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2044.md");

    public static readonly DiagnosticDescriptor InvalidMultipartArgument = new(
        id: "SPD2045",
        title: "Multipart boundary, part name, file name or content type that cannot be sent",
        messageFormat: "The {0} of '{2}' is \"{1}\", which cannot be sent: {3}",
        category: Signatures,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD2045.md");

    public static readonly DiagnosticDescriptor UndescribableJson = new(
        id: "SPD3001",
        title: "JSON the generated context cannot describe",
        messageFormat: "'{0}' reads or writes JSON, but the JSON context generated for '{1}' cannot describe it: {2}",
        category: Json,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD3001.md");

    public static readonly DiagnosticDescriptor NotAJsonContext = new(
        id: "SPD3002",
        title: "[JsonContext] names a type that is not a JsonSerializerContext",
        messageFormat: "'{0}' is not a JsonSerializerContext; name a class declared as 'partial class {0} : JsonSerializerContext'",
        category: Json,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD3002.md");

    public static readonly DiagnosticDescriptor TypeMissingFromJsonContext = new(
        id: "SPD3003",
        title: "JSON context has no metadata for a body or response type",
        messageFormat: "'{0}' {1} '{2}', but '{3}' has no JSON metadata for it; add [JsonSerializable(typeof({2}))] to '{3}'",
        category: Json,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD3003.md");

    public static readonly DiagnosticDescriptor InvalidSidArgument = new(
        id: "SPD4001",
        title: "Constant argument is not a valid SID",
        messageFormat: "This constant is not a valid SID: {0}",
        category: CallSites,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD4001.md");

    public static readonly DiagnosticDescriptor HeaderValueWithLineBreak = new(
        id: "SPD4002",
        title: "Constant header value contains a line break",
        messageFormat: "The constant passed for '{0}' contains {1}, which cannot be sent in the header '{2}'; remove it",
        category: CallSites,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD4002.md");

    public static readonly DiagnosticDescriptor PathValueChangesPath = new(
        id: "SPD4003",
        title: "Constant path value would change the path",
        messageFormat: "The constant passed for '{0}' is {1}, which cannot fill a path segment; pass the value that names the resource",
        category: CallSites,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SPD4003.md");
}
