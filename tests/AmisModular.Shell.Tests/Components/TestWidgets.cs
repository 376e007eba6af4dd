using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace AmisModular.Shell.Tests.Components;

public sealed class WidgetA : ComponentBase
{
    protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddMarkupContent(0, "<p class=\"w\">A</p>");
}

public sealed class WidgetB : ComponentBase
{
    protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddMarkupContent(0, "<p class=\"w\">B</p>");
}

public sealed class WidgetC : ComponentBase
{
    protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddMarkupContent(0, "<p class=\"w\">C</p>");
}
