package org.parley.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/** Signs bearer tokens as an identity provider would, with the test key pair that the test profile trusts. */
final class Tokens {

    static final String ISSUER = "https://parley.test/issuer";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private Tokens() {
    }

    /** A token of {@code user} with these roles (the {@code groups} claim), valid for five minutes. */
    static String token(String user, List<String> groups) {
        return token(user, groups, ISSUER);
    }

    static String token(String user, List<String> groups, String issuer) {
        long now = Instant.now().getEpochSecond();
        String claims = "{\"iss\":\"" + issuer + "\",\"upn\":\"" + user + "\",\"iat\":" + now + ",\"exp\":"
                + (now + 300) + ",\"groups\":[" + groups.stream().map(g -> "\"" + g + "\"")
                        .collect(Collectors.joining(",")) + "]}";
        String unsigned = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + encode(claims);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey());
            signature.update(unsigned.getBytes(StandardCharsets.US_ASCII));
            return unsigned + "." + BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static PrivateKey privateKey() throws GeneralSecurityException {
        try (InputStream in = Tokens.class.getResourceAsStream("/jwt/test-private-key.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
