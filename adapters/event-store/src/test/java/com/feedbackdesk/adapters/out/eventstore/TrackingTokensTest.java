package com.feedbackdesk.adapters.out.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.feedbackdesk.adapters.out.mongo.TestMongo;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.junit.jupiter.api.Test;

class TrackingTokensTest {

  private final MongoDatabase database = TestMongo.freshDatabase();

  @Test
  void twoInstancesInOneProcessCannotBothHoldAClaim() {
    TokenStore first = TrackingTokens.store(database, TestJson.serializer());
    TokenStore second = TrackingTokens.store(database, TestJson.serializer());
    first.initializeTokenSegments("ticket-views", 1);
    first.fetchToken("ticket-views", 0);

    assertThatThrownBy(() -> second.fetchToken("ticket-views", 0))
        .isInstanceOf(UnableToClaimTokenException.class);

    first.storeToken(
        GapAwareTrackingToken.newInstance(7, java.util.List.of(5L)), "ticket-views", 0);
    first.releaseClaim("ticket-views", 0);
    assertThat(second.fetchToken("ticket-views", 0))
        .isEqualTo(GapAwareTrackingToken.newInstance(7, java.util.List.of(5L)));
  }
}
