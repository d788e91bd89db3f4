package com.feedbackdesk.application.ticket.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.feedbackdesk.domain.ticket.TicketId;
import com.feedbackdesk.domain.ticket.TicketNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TicketNumberPort} must do; extended by each implementation's test. */
public abstract class TicketNumberPortContract {

  private static final LocalDate DAY = LocalDate.of(2024, 5, 20);
  private TicketNumberPort numbers;

  protected abstract TicketNumberPort createPort();

  @BeforeEach
  void createFreshPort() {
    numbers = createPort();
  }

  private static TicketId anyTicket() {
    return new TicketId(UUID.randomUUID());
  }

  @Test
  void numbersOfADayCountUpFromOne() {
    assertThat(numbers.allocate(DAY, anyTicket()).value()).isEqualTo("FW20240520001");
    assertThat(numbers.allocate(DAY, anyTicket()).value()).isEqualTo("FW20240520002");
    assertThat(numbers.allocate(DAY, anyTicket()).value()).isEqualTo("FW20240520003");
  }

  @Test
  void eachDayHasItsOwnSerials() {
    numbers.allocate(DAY, anyTicket());

    assertThat(numbers.allocate(DAY.plusDays(1), anyTicket()).value()).isEqualTo("FW20240521001");
  }

  @Test
  void aNumberLeadsBackToItsTicket() {
    TicketId ticket = anyTicket();

    TicketNumber number = numbers.allocate(DAY, ticket);

    assertThat(numbers.find(number)).contains(ticket);
    assertThat(numbers.find(TicketNumber.of(DAY, 999))).isEmpty();
  }

  @Test
  void concurrentCallersNeverShareANumber() throws Exception {
    int callers = 8;
    int perCaller = 25;
    Set<String> handedOut = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<Future<?>> done =
          java.util.stream.IntStream.range(0, callers)
              .mapToObj(
                  i ->
                      pool.submit(
                          () -> {
                            for (int j = 0; j < perCaller; j++) {
                              handedOut.add(numbers.allocate(DAY, anyTicket()).value());
                            }
                          }))
              .<Future<?>>map(f -> f)
              .toList();
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(handedOut).hasSize(callers * perCaller);
    assertThat(handedOut).contains("FW20240520001", "FW20240520200");
  }
}
