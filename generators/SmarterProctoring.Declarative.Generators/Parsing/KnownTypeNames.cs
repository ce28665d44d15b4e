namespace SmarterProctoring.Declarative.Generators;

/// <summary>Metadata names of the types the generator recognises.</summary>
internal static class KnownTypeNames
{
    public const string GetAttribute = "SmarterProctoring.Declarative.GetAttribute";
    public const string PostAttribute = "SmarterProctoring.Declarative.PostAttribute";
    public const string PutAttribute = "SmarterProctoring.Declarative.PutAttribute";
    public const string PatchAttribute = "SmarterProctoring.Declarative.PatchAttribute";
    public const string DeleteAttribute = "SmarterProctoring.Declarative.DeleteAttribute";
    public const string HeadAttribute = "SmarterProctoring.Declarative.HeadAttribute";
    public const string OptionsAttribute = "SmarterProctoring.Declarative.OptionsAttribute";
    public const string SidAttribute = "SmarterProctoring.Declarative.SidAttribute";
    public const string BodyAttribute = "SmarterProctoring.Declarative.BodyAttribute";
    public const string QueryAttribute = "SmarterProctoring.Declarative.QueryAttribute";
    public const string FormAttribute = "SmarterProctoring.Declarative.FormAttribute";
    public const string MultipartAttribute = "SmarterProctoring.Declarative.MultipartAttribute";
    public const string PartAttribute = "SmarterProctoring.Declarative.PartAttribute";
    public const string MultipartPart = "SmarterProctoring.Declarative.MultipartPart";
    public const string FileInfo = "System.IO.FileInfo";
    public const string FileSystemInfo = "System.IO.FileSystemInfo";
    public const string ReadOnlyMemoryOfT = "System.ReadOnlyMemory`1";
    public const string MemoryOfT = "System.Memory`1";
    public const string HttpContent = "System.Net.Http.HttpContent";
    public const string PropertyAttribute = "SmarterProctoring.Declarative.PropertyAttribute";
    public const string HeadersAttribute = "SmarterProctoring.Declarative.HeadersAttribute";
    public const string TimeoutAttribute = "SmarterProctoring.Declarative.TimeoutAttribute";
    public const string HeaderCollectionAttribute = "SmarterProctoring.Declarative.HeaderCollectionAttribute";
    public const string HeaderAttribute = "SmarterProctoring.Declarative.HeaderAttribute";
    public const string PathAttribute = "SmarterProctoring.Declarative.PathAttribute";
    public const string IdempotentAttribute = "SmarterProctoring.Declarative.IdempotentAttribute";
    public const string JsonContextAttribute = "SmarterProctoring.Declarative.JsonContextAttribute";
    public const string ApiResponse = "SmarterProctoring.Declarative.ApiResponse`1";
    public const string ApiResponseWithoutContent = "SmarterProctoring.Declarative.ApiResponse";
    public const string PagedAttribute = "SmarterProctoring.Declarative.PagedAttribute";
    public const string ErrorBodyAttribute = "SmarterProctoring.Declarative.ErrorBodyAttribute";
    public const string PageOffsetAttribute = "SmarterProctoring.Declarative.PageOffsetAttribute";
    public const string IAsyncEnumerableOfT = "System.Collections.Generic.IAsyncEnumerable`1";
    public const string Stream = "System.IO.Stream";
    public const string HttpResponseMessage = "System.Net.Http.HttpResponseMessage";
    public const string Uri = "System.Uri";
    public const string Task = "System.Threading.Tasks.Task";
    public const string TaskOfT = "System.Threading.Tasks.Task`1";
    public const string ValueTask = "System.Threading.Tasks.ValueTask";
    public const string ValueTaskOfT = "System.Threading.Tasks.ValueTask`1";
    public const string CancellationToken = "System.Threading.CancellationToken";
    public const string IFormattable = "System.IFormattable";
    public const string IEnumerableOfT = "System.Collections.Generic.IEnumerable`1";
    public const string HttpClient = "System.Net.Http.HttpClient";
}
