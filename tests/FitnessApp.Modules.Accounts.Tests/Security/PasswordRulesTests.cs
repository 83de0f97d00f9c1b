using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Legal;
using FitnessApp.Modules.Accounts.Registration.RegisterUser;
using FitnessApp.Modules.Accounts.Security.ChangePassword;
using FitnessApp.Modules.Accounts.Security.Passwords;
using FitnessApp.Modules.Accounts.Security.ResetPassword;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Accounts.Tests.Security;

public sealed class PasswordRulesTests
{
    [Theory]
    [InlineData("short pass", "MinimumLengthValidator")]
    [InlineData("password1234", BreachedPasswords.ErrorCode)]
    [InlineData("", "NotEmptyValidator")]
    public void Given_a_weak_new_password_When_registering_Then_the_password_field_fails_with_its_rule(string password, string code)
    {
        var result = new RegisterUserValidator(Options.Create(new LegalOptions())).Validate(new RegisterUser("a@example.com", password, "Name", LegalOptions.DefaultTermsVersion));

        result.Errors.Where(e => e.PropertyName == "Password").Select(e => e.ErrorCode).First().ShouldBe(code);
    }

    [Fact]
    public void Given_a_common_password_When_resetting_or_changing_Then_newPassword_fails()
    {
        new ResetPasswordValidator().Validate(new ResetPassword(Guid.NewGuid(), "token", "PASSWORD1234"))
            .Errors.Select(e => e.PropertyName).ShouldBe(["NewPassword"]);
        new ChangePasswordValidator().Validate(new ChangePassword(Guid.NewGuid(), "old password", "iloveyou12345"))
            .Errors.Select(e => e.PropertyName).ShouldBe(["NewPassword"]);
    }

    [Fact]
    public void Given_a_long_uncommon_password_Then_every_validator_accepts_it()
    {
        const string password = "correct horse battery staple";
        new RegisterUserValidator(Options.Create(new LegalOptions())).Validate(new RegisterUser("a@example.com", password, "Name", LegalOptions.DefaultTermsVersion)).IsValid.ShouldBeTrue();
        new ResetPasswordValidator().Validate(new ResetPassword(Guid.NewGuid(), "token", password)).IsValid.ShouldBeTrue();
        new ChangePasswordValidator().Validate(new ChangePassword(Guid.NewGuid(), "old password", password)).IsValid.ShouldBeTrue();
    }

    [Fact]
    public async Task Given_identitys_hook_When_a_common_password_is_set_Then_it_fails_with_the_password_code()
    {
        var result = await new CommonPasswordValidator().ValidateAsync(null!, new User { DisplayName = "x" }, "Monkey123456");

        result.Succeeded.ShouldBeFalse();
        result.Errors.Single().Code.ShouldBe(BreachedPasswords.ErrorCode);
        (await new CommonPasswordValidator().ValidateAsync(null!, new User { DisplayName = "x" }, "correct horse battery staple")).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void Given_the_pinned_hasher_settings_When_hashing_Then_the_hash_is_identity_v3_pbkdf2_sha512_with_100000_iterations()
    {
        var hasher = new PasswordHasher<User>(Options.Create(new PasswordHasherOptions
        {
            CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3,
            IterationCount = PasswordHashing.Iterations,
        }));

        var hash = Convert.FromBase64String(hasher.HashPassword(new User { DisplayName = "x" }, "correct horse battery staple"));

        hash[0].ShouldBe((byte)0x01); // format marker: Identity v3
        ReadBigEndian(hash, 1).ShouldBe(2u); // KeyDerivationPrf.HMACSHA512
        ReadBigEndian(hash, 5).ShouldBe(100_000u);
        ReadBigEndian(hash, 9).ShouldBe(16u); // salt bytes
        hash.Length.ShouldBe(13 + 16 + 32);
    }

    private static uint ReadBigEndian(byte[] bytes, int offset) =>
        (uint)(bytes[offset] << 24 | bytes[offset + 1] << 16 | bytes[offset + 2] << 8 | bytes[offset + 3]);
}
