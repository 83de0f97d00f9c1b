using System.Reflection;
using System.Runtime.CompilerServices;
using FitnessApp.Modules.Shared.Modules;
using Microsoft.AspNetCore.Components;

namespace FitnessApp.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    [Fact]
    public void Given_the_host_When_finding_module_assemblies_Then_accounts_its_contracts_and_the_kernel_are_found()
    {
        var names = ModuleAssemblies.All.Select(a => a.GetName().Name).ToList();

        names.ShouldContain("FitnessApp.Modules.Accounts");
        names.ShouldContain("FitnessApp.Modules.Accounts.Contracts");
        names.ShouldContain(ModuleAssemblies.SharedKernel);
        names.ShouldContain(ModuleAssemblies.SharedContracts);
        ModuleAssemblies.Implementations.ShouldNotBeEmpty();
        ModuleAssemblies.Implementations.Select(a => a.GetName().Name).ShouldContain("FitnessApp.Modules.Accounts");
    }

    [Fact]
    public void Given_the_host_When_listing_module_implementations_Then_each_has_exactly_one_IModule_entry_point()
    {
        foreach (var module in ModuleAssemblies.Implementations)
        {
            ExportedTypes(module).Count(t => typeof(IModule).IsAssignableFrom(t) && !t.IsAbstract)
                .ShouldBe(1, module.GetName().Name);
        }
    }

    [Fact]
    public void Given_a_module_project_When_reading_its_references_Then_it_uses_only_the_kernel_and_contracts_of_modules()
    {
        var violations = ModuleAssemblies.Implementations
            .SelectMany(module => module.GetReferencedAssemblies()
                .Select(r => r.Name!)
                .Where(ModuleAssemblies.IsFitnessApp)
                .Where(name => name != ModuleAssemblies.SharedKernel && !ModuleAssemblies.IsContracts(name))
                .Select(name => $"{module.GetName().Name} -> {name}"))
            .ToList();

        violations.ShouldBeEmpty();
    }

    [Fact]
    public void Given_a_contracts_project_When_reading_its_references_Then_it_uses_only_other_contracts()
    {
        var violations = ModuleAssemblies.Contracts
            .SelectMany(contracts => contracts.GetReferencedAssemblies()
                .Select(r => r.Name!)
                .Where(ModuleAssemblies.IsFitnessApp)
                .Where(name => !ModuleAssemblies.IsContracts(name))
                .Select(name => $"{contracts.GetName().Name} -> {name}"))
            .ToList();

        violations.ShouldBeEmpty();
    }

    [Fact]
    public void Given_a_module_assembly_When_listing_its_public_types_Then_only_the_entry_point_its_extensions_and_pages_are_public()
    {
        var violations = ModuleAssemblies.Implementations
            .SelectMany(module => ExportedTypes(module)
                .Where(type => !IsAllowedPublic(type))
                .Select(type => $"{module.GetName().Name}: {type.FullName}"))
            .ToList();

        violations.ShouldBeEmpty();
    }

    [Fact]
    public void Given_a_contracts_assembly_When_listing_its_types_Then_they_are_records_interfaces_or_enums()
    {
        var violations = ModuleAssemblies.Contracts
            .SelectMany(contracts => contracts.GetTypes()
                .Where(type => !IsCompilerGenerated(type))
                .Where(type => !(type.IsInterface || type.IsEnum || IsRecord(type)))
                .Select(type => $"{contracts.GetName().Name}: {type.FullName}"))
            .ToList();

        violations.ShouldBeEmpty();
    }

    [Fact]
    public void Given_the_checks_above_When_fed_a_plain_class_Then_it_is_not_taken_for_a_record()
    {
        IsRecord(typeof(ModuleBoundaryTests)).ShouldBeFalse();
        IsRecord(typeof(FitnessApp.Modules.Accounts.Contracts.Users.UserRegistered)).ShouldBeTrue();
        IsAllowedPublic(typeof(ModuleBoundaryTests)).ShouldBeFalse();
    }

    private static List<Type> ExportedTypes(Assembly assembly) =>
        assembly.GetExportedTypes().Where(t => !IsCompilerGenerated(t)).ToList();

    /// <summary>The IModule implementation, the static class that registers and maps it, a Razor component (and the _Imports class Razor emits for a folder's shared usings).</summary>
    private static bool IsAllowedPublic(Type type) =>
        (typeof(IModule).IsAssignableFrom(type) && !type.IsAbstract)
        || IsModuleExtensions(type)
        || typeof(IComponent).IsAssignableFrom(type)
        || type.Name == "_Imports";

    private static bool IsModuleExtensions(Type type) =>
        type is { IsAbstract: true, IsSealed: true } // static class
        && type.Name.EndsWith("ModuleExtensions", StringComparison.Ordinal)
        && type.GetMethods(BindingFlags.Public | BindingFlags.Static).All(m => m.IsDefined(typeof(ExtensionAttribute)));

    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$") is not null
        || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is { } print && print.IsDefined(typeof(CompilerGeneratedAttribute)));

    private static bool IsCompilerGenerated(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false)
        || type.Name.StartsWith('<')
        || type.Namespace is "Microsoft.CodeAnalysis" or "System.Runtime.CompilerServices";
}
