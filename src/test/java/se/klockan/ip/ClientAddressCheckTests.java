package se.klockan.ip;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressCheckTests {

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "0.0.0.0", "255.255.255.255", "192.0.2.10", "::1", "0:0:0:0:0:0:0:1",
			"2001:db8::8a2e:370:7334", "::ffff:192.0.2.1" })
	void addressesAreAccepted(String address) {
		assertThat(IpConfiguration.isIpAddress(address)).isTrue();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "::::", "<script>", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1..2.3", "1.2.3.", ".1.2.3",
			"example.com", "abc", "1.2.3.4 ", "1:2:3:4:5:6:7:8:9", "gg::1", "${jndi:ldap://x/a}" })
	void anythingElseIsRefused(String address) {
		assertThat(IpConfiguration.isIpAddress(address)).isFalse();
	}

}
