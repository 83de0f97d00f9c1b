using FitnessApp.Modules.Devices.Files.Fit;

namespace FitnessApp.Modules.Devices.Tests.Files.Fit;

public sealed class FitCrcTests
{
    [Fact]
    public void Given_the_standard_check_string_When_its_crc_is_computed_Then_it_is_the_CRC16_ARC_check_value() =>
        FitCrc.Update(0, "123456789"u8).ShouldBe((ushort)0xBB3D);

    [Fact]
    public void Given_a_real_file_When_its_crc_covers_the_stored_crc_too_Then_the_result_is_zero() =>
        FitCrc.Update(0, File.ReadAllBytes(Corpus.PathOf("fit/garmin-fenix-5-run.fit"))).ShouldBe((ushort)0);
}
