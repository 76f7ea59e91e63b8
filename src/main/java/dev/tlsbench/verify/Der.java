package dev.tlsbench.verify;

import java.io.ByteArrayOutputStream;

/** Just enough DER to wrap raw test-vector keys in the X.509 / PKCS#8 encodings every KeyFactory reads. */
public final class Der {

    public static final int INTEGER = 0x02;
    public static final int BIT_STRING = 0x03;
    public static final int OCTET_STRING = 0x04;
    public static final int OID = 0x06;
    public static final int SEQUENCE = 0x30;
    /** [0] IMPLICIT, primitive: ML-KEM's seed-only private key choice. */
    public static final int CONTEXT_0 = 0x80;

    private Der() {
    }

    public static byte[] tlv(int tag, byte[]... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            body.writeBytes(p);
        }
        int n = body.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        if (n < 0x80) {
            out.write(n);
        } else if (n < 0x100) {
            out.write(0x81);
            out.write(n);
        } else {
            out.write(0x82);
            out.write(n >>> 8);
            out.write(n & 0xff);
        }
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    /** SubjectPublicKeyInfo: AlgorithmIdentifier without parameters, key bits as they are. */
    public static byte[] x509(byte[] oid, byte[] rawPublic) {
        byte[] bits = new byte[rawPublic.length + 1];
        System.arraycopy(rawPublic, 0, bits, 1, rawPublic.length);
        return tlv(SEQUENCE, tlv(SEQUENCE, oid), tlv(BIT_STRING, bits));
    }

    /** OneAsymmetricKey version 0 whose privateKey OCTET STRING holds {@code inner}. */
    public static byte[] pkcs8(byte[] oid, byte[] inner) {
        return tlv(SEQUENCE, tlv(INTEGER, new byte[] {0}), tlv(SEQUENCE, oid), tlv(OCTET_STRING, inner));
    }
}
