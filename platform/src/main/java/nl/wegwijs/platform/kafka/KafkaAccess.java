package nl.wegwijs.platform.kafka;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the principals their SCRAM credentials and the ACLs of {@link AclPlan}, signed in as the broker's super user.
 * Both are stored in the cluster metadata and set again on every start (same passwords, fresh salts), so that a
 * partner added to the directory gets its principal on the next start.
 */
public final class KafkaAccess {

    private static final Logger log = LoggerFactory.getLogger(KafkaAccess.class);
    private static final long TIMEOUT_MS = 30_000;
    private static final int ITERATIONS = 8192;

    private KafkaAccess() {}

    public static void grant(KafkaLogin superUser, List<KafkaLogin> principals, List<AclBinding> acls) {
        try (Admin admin = Admin.create(superUser.clientProperties())) {
            List<UserScramCredentialAlteration> credentials = principals.stream()
                    .<UserScramCredentialAlteration>map(login -> new UserScramCredentialUpsertion(
                            login.user(),
                            new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, ITERATIONS),
                            login.password()))
                    .toList();
            admin.alterUserScramCredentials(credentials).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            admin.createAcls(acls).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            awaitVisible(admin, principals, acls);
            log.info("Kafka principals {} and {} ACLs in place", users(principals), acls.size());
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "Cannot set the Kafka credentials and ACLs on " + superUser.bootstrapServers() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while setting the Kafka credentials and ACLs", e);
        }
    }

    /** Until the broker serves what the controller committed, a client could be refused with the right password. */
    private static void awaitVisible(Admin admin, List<KafkaLogin> principals, List<AclBinding> acls)
            throws ExecutionException, TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS);
        Set<String> users = users(principals);
        while (true) {
            Set<String> described = admin.describeUserScramCredentials()
                    .all()
                    .get(TIMEOUT_MS, TimeUnit.MILLISECONDS)
                    .keySet();
            if (described.containsAll(users)
                    && admin.describeAcls(AclBindingFilter.ANY)
                            .values()
                            .get(TIMEOUT_MS, TimeUnit.MILLISECONDS)
                            .containsAll(acls)) return;
            if (System.nanoTime() > deadline) throw new TimeoutException("Kafka credentials and ACLs not visible");
            Thread.sleep(50);
        }
    }

    private static Set<String> users(List<KafkaLogin> principals) {
        return principals.stream().map(KafkaLogin::user).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
